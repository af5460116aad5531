// A parsed HTML page (libxml2's HTML parser, error-recovering) and the small helpers
// the extractor needs: tag kinds and allocation-free attribute access.
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace dyad {

// Tags the extractor treats specially; everything else is kOther (or kUnknown for
// names HTML does not define, such as custom elements).
enum class Tag : uint8_t {
  kOther,
  kUnknown,
  // Never text: skipped with their content.
  kScript,
  kStyle,
  kNoscript,
  kTemplate,
  kSvg,
  kMath,
  kIframe,
  kObject,
  kEmbed,
  kCanvas,
  kButton,
  kSelect,
  kOption,
  kInput,
  kTextarea,
  kHead,
  kTitle,
  kMeta,
  kLink,
  kVideo,
  kAudio,
  kMap,
  kDialog,
  // Structure.
  kHtml,
  kBody,
  kArticle,
  kMain,
  kSection,
  kDiv,
  kHeader,
  kFooter,
  kNav,
  kAside,
  kForm,
  kFieldset,
  kLabel,
  kMenu,
  kFigure,
  kFigcaption,
  kAddress,
  kDetails,
  kSummary,
  kCenter,
  // Text blocks.
  kP,
  kH1,
  kH2,
  kH3,
  kH4,
  kH5,
  kH6,
  kUl,
  kOl,
  kLi,
  kDl,
  kDt,
  kDd,
  kBlockquote,
  kPre,
  kTable,
  kTr,
  kTd,
  kTh,
  kThead,
  kTbody,
  kTfoot,
  kCaption,
  kHr,
  kBr,
  // Inline.
  kA,
  kSpan,
  kB,
  kStrong,
  kI,
  kEm,
  kTime,
  kImg,
  kPicture,
  kSource,
  kSup,
  kSub,
  kSmall,
  kFont,
  kU,
  kQ,
  kCite,
  kAbbr,
  kMark,
  kCode,
};

Tag TagOf(const xmlNode* n);
inline bool IsHeading(Tag t) { return t >= Tag::kH1 && t <= Tag::kH6; }
// Tags whose start and end separate blocks of text.
bool IsBlockTag(Tag t);
// Tags whose content is never article text (scripts, forms' controls, media).
bool IsSkippedTag(Tag t);

// The value of attribute name (lower-case) without copying, or empty.
std::string_view AttrView(const xmlNode* n, std::string_view name);
inline std::string Attr(const xmlNode* n, std::string_view name) {
  return std::string(AttrView(n, name));
}

struct XmlDocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// html without what the extractor never reads and libxml2 is slow to scan: the content
// of <script> (JSON-LD excepted) and <style> elements, and comments. Tags are kept, so
// the page's structure is unchanged. About half the bytes of a news page go.
std::string StripRawText(std::string_view html);

// Parses UTF-8 HTML. Never fails on malformed markup (libxml2 recovers); returns null
// only for input libxml2 cannot take at all (empty, or over 2 GB). Thread-safe.
XmlDocPtr ParseHtml(std::string_view utf8_html);

// Appends s to out with runs of white space (ASCII and no-break space) collapsed to one
// space; *space carries a pending space between calls. Returns the number of
// non-space code points appended.
int AppendCollapsed(std::string* out, std::string_view s, bool* space);

// Text of the subtree with white space collapsed (no block structure), iteratively.
std::string InnerText(const xmlNode* n, size_t max_bytes = 4096);

// Calls fn(xmlNode*) for every element below root in document order; fn returns false
// to skip that element's subtree. Iterative: pages may nest tags 100,000 deep.
template <class Fn>
void WalkElements(xmlNode* root, Fn&& fn) {
  xmlNode* n = root;
  while (n) {
    bool descend = false;
    if (n->type == XML_ELEMENT_NODE || n == root) descend = (n == root) || fn(n);
    if (descend && n->children) {
      n = n->children;
      continue;
    }
    while (n && n != root && !n->next) n = n->parent;
    if (!n || n == root) break;
    n = n->next;
  }
}

}  // namespace dyad

#include "extract/html_dom.h"

#include <climits>
#include <cstring>
#include <mutex>
#include <unordered_map>

namespace dyad {
namespace {

const std::unordered_map<std::string_view, Tag>& TagTable() {
  // clang-format off
  static const auto* table = new std::unordered_map<std::string_view, Tag>{
      {"script", Tag::kScript}, {"style", Tag::kStyle}, {"noscript", Tag::kNoscript},
      {"template", Tag::kTemplate}, {"svg", Tag::kSvg}, {"math", Tag::kMath},
      {"iframe", Tag::kIframe}, {"object", Tag::kObject}, {"embed", Tag::kEmbed},
      {"canvas", Tag::kCanvas}, {"button", Tag::kButton}, {"select", Tag::kSelect},
      {"option", Tag::kOption}, {"input", Tag::kInput}, {"textarea", Tag::kTextarea},
      {"head", Tag::kHead}, {"title", Tag::kTitle}, {"meta", Tag::kMeta}, {"link", Tag::kLink},
      {"video", Tag::kVideo}, {"audio", Tag::kAudio}, {"map", Tag::kMap},
      {"dialog", Tag::kDialog}, {"html", Tag::kHtml}, {"body", Tag::kBody},
      {"article", Tag::kArticle}, {"main", Tag::kMain}, {"section", Tag::kSection},
      {"div", Tag::kDiv}, {"header", Tag::kHeader}, {"footer", Tag::kFooter}, {"nav", Tag::kNav},
      {"aside", Tag::kAside}, {"form", Tag::kForm}, {"fieldset", Tag::kFieldset},
      {"label", Tag::kLabel}, {"menu", Tag::kMenu}, {"figure", Tag::kFigure},
      {"figcaption", Tag::kFigcaption}, {"address", Tag::kAddress}, {"details", Tag::kDetails},
      {"summary", Tag::kSummary}, {"center", Tag::kCenter}, {"p", Tag::kP}, {"h1", Tag::kH1},
      {"h2", Tag::kH2}, {"h3", Tag::kH3}, {"h4", Tag::kH4}, {"h5", Tag::kH5}, {"h6", Tag::kH6},
      {"ul", Tag::kUl}, {"ol", Tag::kOl}, {"li", Tag::kLi}, {"dl", Tag::kDl}, {"dt", Tag::kDt},
      {"dd", Tag::kDd}, {"blockquote", Tag::kBlockquote}, {"pre", Tag::kPre},
      {"table", Tag::kTable}, {"tr", Tag::kTr}, {"td", Tag::kTd}, {"th", Tag::kTh},
      {"thead", Tag::kThead}, {"tbody", Tag::kTbody}, {"tfoot", Tag::kTfoot},
      {"caption", Tag::kCaption}, {"hr", Tag::kHr}, {"br", Tag::kBr}, {"a", Tag::kA},
      {"span", Tag::kSpan}, {"b", Tag::kB}, {"strong", Tag::kStrong}, {"i", Tag::kI},
      {"em", Tag::kEm}, {"time", Tag::kTime}, {"img", Tag::kImg}, {"picture", Tag::kPicture},
      {"source", Tag::kSource}, {"sup", Tag::kSup}, {"sub", Tag::kSub}, {"small", Tag::kSmall},
      {"font", Tag::kFont}, {"u", Tag::kU}, {"q", Tag::kQ}, {"cite", Tag::kCite},
      {"abbr", Tag::kAbbr}, {"mark", Tag::kMark}, {"code", Tag::kCode},
      // Inline elements with no special role.
      {"s", Tag::kOther}, {"strike", Tag::kOther}, {"del", Tag::kOther}, {"ins", Tag::kOther},
      {"big", Tag::kOther}, {"tt", Tag::kOther}, {"var", Tag::kOther}, {"kbd", Tag::kOther},
      {"samp", Tag::kOther}, {"dfn", Tag::kOther}, {"bdi", Tag::kOther}, {"bdo", Tag::kOther},
      {"wbr", Tag::kOther}, {"nobr", Tag::kOther}, {"data", Tag::kOther}, {"output", Tag::kOther},
      {"area", Tag::kOther}, {"track", Tag::kOther}, {"param", Tag::kOther},
      {"col", Tag::kOther}, {"colgroup", Tag::kOther}, {"base", Tag::kOther},
      {"legend", Tag::kOther}, {"optgroup", Tag::kOther}, {"datalist", Tag::kOther},
      {"progress", Tag::kOther}, {"meter", Tag::kOther}, {"ruby", Tag::kOther},
      {"rt", Tag::kOther}, {"rp", Tag::kOther}, {"blink", Tag::kOther}, {"marquee", Tag::kOther},
      {"hgroup", Tag::kOther}, {"frameset", Tag::kOther}, {"frame", Tag::kOther},
      {"noframes", Tag::kOther}, {"slot", Tag::kOther}};
  // clang-format on
  return *table;
}

}  // namespace

Tag TagOf(const xmlNode* n) {
  if (n->type != XML_ELEMENT_NODE || !n->name) return Tag::kOther;
  const std::string_view name(reinterpret_cast<const char*>(n->name));
  const auto& t = TagTable();
  auto it = t.find(name);
  return it == t.end() ? Tag::kUnknown : it->second;
}

bool IsBlockTag(Tag t) {
  switch (t) {
    case Tag::kHtml:
    case Tag::kBody:
    case Tag::kArticle:
    case Tag::kMain:
    case Tag::kSection:
    case Tag::kDiv:
    case Tag::kHeader:
    case Tag::kFooter:
    case Tag::kNav:
    case Tag::kAside:
    case Tag::kForm:
    case Tag::kFieldset:
    case Tag::kMenu:
    case Tag::kFigure:
    case Tag::kFigcaption:
    case Tag::kAddress:
    case Tag::kDetails:
    case Tag::kSummary:
    case Tag::kCenter:
    case Tag::kP:
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kUl:
    case Tag::kOl:
    case Tag::kLi:
    case Tag::kDl:
    case Tag::kDt:
    case Tag::kDd:
    case Tag::kBlockquote:
    case Tag::kPre:
    case Tag::kTable:
    case Tag::kTr:
    case Tag::kTd:
    case Tag::kTh:
    case Tag::kThead:
    case Tag::kTbody:
    case Tag::kTfoot:
    case Tag::kCaption:
    case Tag::kHr:
    case Tag::kUnknown:
    case Tag::kDialog:
      return true;
    default:
      return false;
  }
}

bool IsSkippedTag(Tag t) { return t >= Tag::kScript && t <= Tag::kDialog; }

std::string_view AttrView(const xmlNode* n, std::string_view name) {
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (!a->name) continue;
    const char* an = reinterpret_cast<const char*>(a->name);
    if (std::strlen(an) != name.size() || strncasecmp(an, name.data(), name.size()) != 0) continue;
    // libxml2 stores an attribute's value as one text child (entities already expanded
    // by the HTML parser).
    const xmlNode* v = a->children;
    if (!v || !v->content) return {};
    return std::string_view(reinterpret_cast<const char*>(v->content));
  }
  return {};
}

namespace {

// Case-insensitive: does s start with the lower-case ASCII word w?
bool StartsWithWord(std::string_view s, std::string_view w) {
  if (s.size() < w.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = s[i];
    if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != w[i]) return false;
  }
  return true;
}

// The position of "</name" (case-insensitive) at or after from, or npos.
size_t FindEndTag(std::string_view html, size_t from, std::string_view name) {
  while (true) {
    const size_t lt = html.find("</", from);
    if (lt == std::string_view::npos) return lt;
    if (StartsWithWord(html.substr(lt + 2), name)) return lt;
    from = lt + 2;
  }
}

}  // namespace

std::string StripRawText(std::string_view html) {
  std::string out;
  out.reserve(html.size() / 2);
  size_t pos = 0;
  while (pos < html.size()) {
    const size_t lt = html.find('<', pos);
    if (lt == std::string_view::npos) break;
    const std::string_view rest = html.substr(lt + 1);
    if (rest.starts_with("!--")) {
      // A comment: dropped whole (it may hold markup that is not on the page).
      const size_t end = html.find("-->", lt + 4);
      out.append(html.substr(pos, lt - pos));
      pos = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    std::string_view name;
    if (StartsWithWord(rest, "script"))
      name = "script";
    else if (StartsWithWord(rest, "style"))
      name = "style";
    const char after = rest.size() > name.size() ? rest[name.size()] : '>';
    if (name.empty() || !(after == '>' || after == ' ' || after == '/' || after == '\t' ||
                          after == '\n' || after == '\r')) {
      out.append(html.substr(pos, lt + 1 - pos));
      pos = lt + 1;
      continue;
    }
    const size_t gt = html.find('>', lt);
    if (gt == std::string_view::npos) break;
    const std::string_view open = html.substr(lt, gt + 1 - lt);
    const size_t close = FindEndTag(html, gt + 1, name);
    // JSON-LD carries the metadata: keep those scripts whole.
    bool keep = false;
    if (name == "script")
      for (size_t i = 0; i + 8 <= open.size() && !keep; ++i)
        keep = StartsWithWord(open.substr(i), "ld+json");
    out.append(html.substr(pos, gt + 1 - pos));
    if (close == std::string_view::npos) {
      pos = html.size();
      break;
    }
    if (keep) out.append(html.substr(gt + 1, close - gt - 1));
    pos = close;
  }
  if (pos < html.size()) out.append(html.substr(pos));
  return out;
}

XmlDocPtr ParseHtml(std::string_view html) {
  if (html.empty() || html.size() > static_cast<size_t>(INT_MAX)) return nullptr;
  // libxml2 must set up its globals once before threads parse at the same time.
  static std::once_flag init;
  std::call_once(init, xmlInitParser);
  // RECOVER: keep going on broken markup; NONET: never fetch anything; COMPACT: fewer
  // allocations for short text nodes. NOIMPLIED is left off so every page has <html>
  // and <body>. XML_PARSE_HUGE lifts libxml2's limits of 256 levels of nesting and
  // 10 MB per text node, which would otherwise cut such pages short: every walk over
  // the tree here is iterative, so depth costs memory, never stack.
  const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                   HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  return XmlDocPtr(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", opts));
}

int AppendCollapsed(std::string* out, std::string_view s, bool* space) {
  int chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      *space = true;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      *space = true;  // U+00A0 no-break space
      ++i;
      continue;
    }
    if (*space && !out->empty() && out->back() != '\n') out->push_back(' ');
    *space = false;
    out->push_back(static_cast<char>(c));
    if ((c & 0xC0) != 0x80) ++chars;
  }
  return chars;
}

std::string InnerText(const xmlNode* root, size_t max_bytes) {
  std::string out;
  bool space = false;
  const xmlNode* n = root;
  auto emit = [&](const char* s) { AppendCollapsed(&out, s, &space); };
  while (n) {
    bool descend = true;
    if (n->type == XML_ELEMENT_NODE && n != root && IsSkippedTag(TagOf(n))) descend = false;
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
      emit(reinterpret_cast<const char*>(n->content));
      if (out.size() >= max_bytes) break;
    }
    if (n->type == XML_ELEMENT_NODE && TagOf(n) == Tag::kBr) space = !out.empty();
    if (descend && n->children) {
      n = n->children;
      continue;
    }
    while (n && n != root && !n->next) n = n->parent;
    if (!n || n == root) break;
    n = n->next;
  }
  if (out.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

}  // namespace dyad

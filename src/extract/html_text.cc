#include "extract/html_text.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/dates.h"

namespace dyad {
namespace {

bool TagIs(const xmlNode* n, const char* name) {
  return n->name && xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool OneOf(const xmlNode* n, std::initializer_list<const char*> names) {
  for (const char* t : names)
    if (TagIs(n, t)) return true;
  return false;
}

// Tags whose content is never article text.
bool AlwaysSkipped(const xmlNode* n) {
  return OneOf(n, {"script", "style", "noscript", "template", "nav", "aside", "form", "iframe",
                   "svg", "button", "select", "menu", "object", "embed", "canvas", "dialog"});
}

// Class or id hints of furniture (lower-case substrings).
bool FurnitureHint(const xmlNode* n) {
  std::string s = Attr(n, "class") + " " + Attr(n, "id") + " " + Attr(n, "role");
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* kHints[] = {"nav",     "menu",    "footer",  "cookie", "share",   "social",
                                 "related", "comment", "sidebar", "breadcrumb", "newsletter",
                                 "promo",   "advert",  "subscribe", "banner", "popup", "consent"};
  for (const char* h : kHints)
    if (s.find(h) != std::string::npos) return true;
  return false;
}

bool IsBlock(const xmlNode* n) {
  return OneOf(n, {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr",
                   "table", "section", "article", "main", "blockquote", "pre", "header", "footer",
                   "figcaption", "dd", "dt", "hr", "td", "th"});
}

// Appends text with white space collapsed; '\n' marks block boundaries.
class TextSink {
 public:
  void Text(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pending_space_ = true;
      } else {
        if (pending_break_) {
          if (!out_.empty()) out_ += "\n\n";
          pending_break_ = false;
          pending_space_ = false;
        } else if (pending_space_ && !out_.empty() && out_.back() != '\n') {
          out_ += ' ';
        }
        pending_space_ = false;
        out_ += c;
      }
    }
  }
  void Break() { pending_break_ = true; }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  bool pending_space_ = false;
  bool pending_break_ = false;
};

// Iterative walk (pages may nest tags thousands deep).
void CollectText(xmlNode* root, TextSink* sink, bool skip_page_chrome) {
  struct Frame {
    xmlNode* node;
    bool leaving;
  };
  std::vector<Frame> stack{{root, false}};
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    xmlNode* n = f.node;
    if (f.leaving) {
      if (IsBlock(n)) sink->Break();
      continue;
    }
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) sink->Text(reinterpret_cast<const char*>(n->content));
      continue;
    }
    if (n->type != XML_ELEMENT_NODE && n->type != XML_DOCUMENT_NODE &&
        n->type != XML_HTML_DOCUMENT_NODE)
      continue;
    if (n->type == XML_ELEMENT_NODE) {
      if (AlwaysSkipped(n) || FurnitureHint(n)) continue;
      if (skip_page_chrome && OneOf(n, {"header", "footer"})) continue;
      if (IsBlock(n)) sink->Break();
      stack.push_back({n, true});
    }
    // Push children in reverse so they are visited in document order.
    std::vector<xmlNode*> kids;
    for (xmlNode* c = n->children; c; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, false});
  }
}

// All elements in document order (iterative).
template <class Fn>
void ForEachElement(xmlNode* root, Fn fn) {
  std::vector<xmlNode*> stack{root};
  while (!stack.empty()) {
    xmlNode* n = stack.back();
    stack.pop_back();
    if (n->type == XML_ELEMENT_NODE) fn(n);
    std::vector<xmlNode*> kids;
    for (xmlNode* c = n->children; c; c = c->next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
}

std::string NodeText(xmlNode* n) {
  TextSink sink;
  CollectText(n, &sink, false);
  std::string s = sink.Take();
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

// "Headline | Site" / "Headline - Site": drop a short trailing part (the site name).
std::string StripSiteName(const std::string& title) {
  for (const char* sep : {" | ", " - ", " – ", " — ", " :: "}) {
    const size_t p = title.rfind(sep);
    if (p == std::string::npos || p == 0) continue;
    const std::string tail = title.substr(p + std::strlen(sep));
    const long words = std::count(tail.begin(), tail.end(), ' ') + 1;
    if (words <= 5) return title.substr(0, p);
  }
  return title;
}

}  // namespace

HtmlArticle ExtractHtml(const std::string& html) {
  HtmlArticle out;
  const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                   HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NOBLANKS;
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", opts);
  if (!doc) return out;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) {
    xmlFreeDoc(doc);
    return out;
  }
  std::string og_title, html_title, h1, date, time_date;
  xmlNode* article = nullptr;
  size_t article_len = 0;
  ForEachElement(root, [&](xmlNode* n) {
    if (TagIs(n, "html")) {
      out.lang = Attr(n, "lang");
    } else if (TagIs(n, "meta")) {
      const std::string key = Attr(n, "property") + Attr(n, "name") + Attr(n, "itemprop");
      const std::string content = Attr(n, "content");
      if (key == "og:title") og_title = content;
      if (date.empty() && (key == "article:published_time" || key == "datePublished" ||
                           key == "date" || key == "pubdate" || key == "publish-date" ||
                           key == "dc.date" || key == "DC.date.issued")) {
        date = DateOfTimestamp(content);
        if (date.empty()) date = FindDateIn(content);
      }
    } else if (TagIs(n, "link") && Attr(n, "rel") == "canonical") {
      out.url = Attr(n, "href");
    } else if (TagIs(n, "title") && html_title.empty()) {
      html_title = NodeText(n);
    } else if (TagIs(n, "h1") && h1.empty()) {
      h1 = NodeText(n);
    } else if (TagIs(n, "time") && time_date.empty()) {
      time_date = DateOfTimestamp(Attr(n, "datetime"));
    } else if (TagIs(n, "article") || TagIs(n, "main")) {
      const size_t len = NodeText(n).size();
      if (len > article_len) article = n, article_len = len;
    }
  });
  out.title = !og_title.empty() ? og_title : !html_title.empty() ? StripSiteName(html_title) : h1;
  out.date = !date.empty() ? date : time_date;
  if (out.lang.size() > 2) out.lang = out.lang.substr(0, 2);
  TextSink sink;
  if (article) {
    CollectText(article, &sink, false);
  } else {
    xmlNode* body = nullptr;
    ForEachElement(root, [&](xmlNode* n) {
      if (!body && TagIs(n, "body")) body = n;
    });
    CollectText(body ? body : root, &sink, true);
  }
  out.text = sink.Take();
  xmlFreeDoc(doc);
  return out;
}

}  // namespace dyad

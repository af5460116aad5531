#include "extract/html_text.h"

#include "core/utf8.h"
#include "extract/html_dom.h"
#include "extract/main_text.h"

namespace dyad {
namespace {

// Characters of \w-like text, to compare extraction lengths.
size_t Letters(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0xC0)
      ++n;
  }
  return n;
}

}  // namespace

HtmlArticle ExtractHtml(std::string_view html, const FurniturePhrases& phrases,
                        std::string_view page_url) {
  HtmlArticle out;
  std::string repaired;
  if (utf8::FirstInvalid(html) != std::string_view::npos) {
    repaired = utf8::Repair(html);
    html = repaired;
  }
  const std::string stripped = StripRawText(html);
  XmlDocPtr doc = ParseHtml(stripped);
  out.meta = ExtractMetadata(doc.get(), page_url);
  MainText main = ExtractMainText(doc.get(), phrases, out.meta.title);
  out.text = std::move(main.text);
  out.text_source = "page";
  out.container = std::move(main.container);
  out.blocks = std::move(main.blocks);
  // A JSON-LD articleBody is the publisher's own statement of the text, but often cut
  // short or stripped of paragraph breaks: it replaces the page's text only when the
  // page yielded much less (scripts render the article, or the scoring failed).
  const size_t page_letters = Letters(out.text), ld_letters = Letters(out.meta.body);
  if (ld_letters > 200 && page_letters * 2 < ld_letters) {
    out.text = out.meta.body;
    out.text_source = "json-ld articleBody";
  }
  return out;
}

}  // namespace dyad

#include "extract/extract.h"

#include "core/ids.h"
#include "extract/html_text.h"

namespace dyad {

Result<Document> Extract(const RawDocument& raw, const FurniturePhrases& furniture) {
  Document d;
  d.origin = raw.origin;
  d.format = raw.format;
  d.url = raw.url;
  d.title = raw.title;
  d.date = raw.date;
  d.lang = raw.lang;
  if (raw.format == "html") {
    HtmlArticle a = ExtractHtml(raw.body);
    if (d.title.empty()) d.title = a.title;
    if (!a.date.empty() && d.date.empty()) d.date = a.date;
    if (d.lang.empty()) d.lang = a.lang;
    if (d.url.empty()) d.url = a.url;
    // HTML text may still hold furniture that tags did not reveal.
    CleanText c = RemoveFurniture(a.text, furniture);
    d.text = std::move(c.text);
  } else {
    CleanText c = RemoveFurniture(raw.body, furniture);
    if (d.title.empty()) d.title = c.title;
    d.text = std::move(c.text);
  }
  if (d.text.empty()) return Result<Document>::Error("no article text found");
  d.id = raw.id.empty() ? DocumentId(d.url, d.text) : raw.id;
  return d;
}

}  // namespace dyad

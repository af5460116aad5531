#include "extract/extract.h"

#include <filesystem>

#include "core/dates.h"
#include "core/ids.h"
#include "extract/html_text.h"

namespace dyad {
namespace {

// The file name part of an origin ("dir/2025-06-28_story.html", "feed.jsonl:12").
std::string FileNameOf(const std::string& origin) {
  return std::filesystem::path(origin).filename().string();
}

}  // namespace

Result<Document> Extract(const RawDocument& raw, const FurniturePhrases& furniture) {
  return Extract(raw, furniture, nullptr);
}

Result<Document> Extract(const RawDocument& raw, const FurniturePhrases& furniture,
                         ExtractDetails* details) {
  ExtractDetails local;
  ExtractDetails& det = details ? *details : local;
  Document d;
  d.origin = raw.origin;
  d.format = raw.format;
  d.url = raw.url;
  d.title = raw.title;
  d.date = raw.date;
  d.lang = raw.lang;
  if (!raw.date.empty()) det.date_source = "given with the input";
  if (raw.format == "html" || raw.format == "warc") {
    HtmlArticle a = ExtractHtml(raw.body, furniture, raw.url);
    if (d.title.empty()) d.title = a.meta.title;
    if (raw.format == "warc" && !a.meta.date.empty()) {
      d.date = a.meta.date;  // the page's publication date beats the capture date
      det.date_source = a.meta.date_source;
    } else if (raw.format == "warc" && !d.date.empty()) {
      det.date_source = "WARC capture date";
    }
    if (d.date.empty() && !a.meta.date.empty()) {
      d.date = a.meta.date;
      det.date_source = a.meta.date_source;
    }
    if (d.date.empty() && raw.format == "html") {
      d.date = FindDateIn(FileNameOf(raw.origin));
      if (!d.date.empty()) det.date_source = "file name";
    }
    if (d.lang.empty()) d.lang = a.meta.lang;
    if (d.url.empty()) d.url = a.meta.url;
    det.author = a.meta.author;
    det.site = a.meta.site;
    det.text_source = a.text_source;
    det.container = a.container;
    det.blocks = std::move(a.blocks);
    d.text = std::move(a.text);
  } else {
    CleanText c = RemoveFurniture(raw.body, furniture);
    if (d.title.empty()) d.title = c.title;
    det.dropped = std::move(c.dropped);
    d.text = std::move(c.text);
  }
  if (d.text.empty()) {
    det.partial = std::move(d);
    return Result<Document>::Error("no article text found");
  }
  d.id = raw.id.empty() ? DocumentId(d.url, d.text) : raw.id;
  return d;
}

}  // namespace dyad

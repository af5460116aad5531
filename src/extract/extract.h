// Extraction: a RawDocument becomes the stored Document (body text + metadata).
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"
#include "extract/furniture.h"
#include "extract/text_block.h"

namespace dyad {

// What extraction found besides the Document, for `dyad extract` and --explain.
struct ExtractDetails {
  std::string author;
  std::string site;
  std::string date_source;           // where the date came from, or empty
  std::string text_source;           // HTML: "page" or "json-ld articleBody"
  std::string container;             // HTML: the element the text came from
  std::vector<TextBlock> blocks;     // HTML: every block, kept or dropped, with the reason
  std::vector<DroppedLine> dropped;  // plain text: furniture lines dropped, with the reason
  Document partial;  // when extraction fails: the metadata found all the same (no text)
};

// Fails only when nothing of the article is left (e.g. a page with no body text).
// The document id is set here (from the URL or the extracted text); lang is left for
// the text stage unless the input declared it.
//
// Dates: a date the caller set on raw (--date, a JSON Lines "date") wins; for HTML the
// page's own date comes next, then a date in the file name (raw.origin). For a WARC
// record (format "warc", HTML inside) raw.date is the capture date, used only when the
// page gives none.
Result<Document> Extract(const RawDocument& raw, const FurniturePhrases& furniture);
// The same, also filling *details (which may be null).
Result<Document> Extract(const RawDocument& raw, const FurniturePhrases& furniture,
                         ExtractDetails* details);

}  // namespace dyad

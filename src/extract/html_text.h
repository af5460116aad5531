// An HTML page's article: main text (extract/main_text.h) and metadata
// (extract/metadata.h) from one parse.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/furniture.h"
#include "extract/metadata.h"
#include "extract/text_block.h"

namespace dyad {

struct HtmlArticle {
  PageMetadata meta;
  std::string text;               // paragraphs separated by blank lines
  std::string text_source;        // "page" or "json-ld articleBody"
  std::string container;          // the element the text was taken from
  std::vector<TextBlock> blocks;  // every block of the page, kept or dropped (for --explain)
};

// html must be UTF-8 (invalid sequences are read as U+FFFD). page_url: see
// ExtractMetadata. Never fails: malformed HTML gives a best-effort result, possibly with
// empty text.
HtmlArticle ExtractHtml(std::string_view html, const FurniturePhrases& phrases,
                        std::string_view page_url = {});

}  // namespace dyad

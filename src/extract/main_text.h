// The article's main text in an HTML page: a block/DOM-scoring extractor.
//
// The page is cut into text blocks (paragraphs, headings, list items, cells, runs of
// text between <br><br>), each measured: length, share of text inside links,
// sentence punctuation. Prose-like blocks add to the score of every element that
// contains them, link lists and short fragments subtract, and class/id hints
// (data/furniture/html_hints.tsv) move the balance. The element with the best score is
// the article's container; within it, blocks that read as furniture (link lists,
// furniture classes, boilerplate phrases, the headline repeated) are dropped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/furniture.h"
#include "extract/html_dom.h"
#include "extract/text_block.h"

namespace dyad {

struct MainText {
  std::vector<TextBlock> blocks;  // every block of the page, in order, kept or not
  std::string text;               // the kept blocks, separated by blank lines
  std::string container;          // a short description of the chosen element
};

// doc may be null (nothing to extract). title is the page's headline, dropped when the
// text repeats it. Never fails: the result may have empty text.
MainText ExtractMainText(xmlDoc* doc, const FurniturePhrases& phrases, std::string_view title);

}  // namespace dyad

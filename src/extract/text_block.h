// A block of text of an HTML page, as the extractor saw it: kept in the article or
// dropped, and why.
#pragma once

#include <string>

namespace dyad {

struct TextBlock {
  std::string text;     // white space collapsed; '\n' where the page had a <br>
  std::string element;  // the element it comes from ("p", "h2", "li", "div"...)
  int chars = 0;        // non-space code points
  int link_chars = 0;   // of which inside links
  bool kept = false;
  std::string reason;  // why it was dropped; empty when kept
};

}  // namespace dyad

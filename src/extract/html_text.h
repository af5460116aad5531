// Visible article text and metadata from an HTML page (libxml2's HTML parser).
// A first extractor: restricts to <article>/<main> when present and drops page
// furniture by tag and by class/id hints; the scoring extractor replaces it later.
#pragma once

#include <string>

namespace dyad {

struct HtmlArticle {
  std::string title;
  std::string date;  // YYYY-MM-DD or empty
  std::string lang;  // from <html lang>, or empty
  std::string url;   // canonical URL, or empty
  std::string text;  // paragraphs separated by blank lines
};

// Never fails: malformed HTML gives a best-effort result (possibly empty text).
HtmlArticle ExtractHtml(const std::string& html);

}  // namespace dyad

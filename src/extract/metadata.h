// Page metadata: title, publication date, author, site name, canonical URL, language,
// from JSON-LD, <meta> tags, <time> elements, the URL and visible date lines.
#pragma once

#include <string>
#include <string_view>

// libxml2's document type, declared as libxml2 does, so this header needs no libxml2.
typedef struct _xmlDoc xmlDoc;

namespace dyad {

struct PageMetadata {
  std::string title;        // og:title, else <title> without the site name, else <h1>
  std::string date;         // publication date YYYY-MM-DD, or empty
  std::string date_source;  // where the date came from ("json-ld datePublished", ...)
  std::string author;
  std::string site;  // og:site_name, publisher name, or the title's site part
  std::string url;   // canonical URL (absolute when the page gives one)
  std::string lang;  // ISO 639-1 from <html lang>, meta tags or JSON-LD; or empty
  std::string body;  // JSON-LD articleBody, when the page has one
};

// page_url is the URL the page was fetched from when known (WARC, JSON Lines): it is
// used for dates in the URL path and to resolve a relative canonical link. Never fails.
PageMetadata ExtractMetadata(xmlDoc* doc, std::string_view page_url);

// "Headline | Site" and "Site - Headline": the headline part, and the site part in *site.
std::string SplitSiteName(const std::string& title, std::string* site);

}  // namespace dyad

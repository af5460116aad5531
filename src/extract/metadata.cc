#include "extract/metadata.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/ascii.h"
#include "extract/date_parse.h"
#include "extract/html_dom.h"

namespace dyad {
namespace {

// Collapses white space (meta values sometimes carry newlines).
std::string Clean(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Meta names that carry the publication date, best first.
const char* const kPublishedKeys[] = {"article:published_time",
                                      "og:published_time",
                                      "article:published",
                                      "published_time",
                                      "datepublished",
                                      "publishdate",
                                      "publish-date",
                                      "publish_date",
                                      "pubdate",
                                      "dc.date.issued",
                                      "dcterms.issued",
                                      "sailthru.date",
                                      "parsely-pub-date",
                                      "citation_publication_date",
                                      "originalpublicationdate",
                                      "article.published",
                                      "dc.date",
                                      "dcterms.date",
                                      "dcterms.created",
                                      "date",
                                      "datecreated",
                                      "displaydate",
                                      "citation_date",
                                      "cxenseparse:recs:publishtime",
                                      "og:pubdate"};
const char* const kModifiedKeys[] = {"article:modified_time", "og:updated_time",
                                     "datemodified",          "lastmod",
                                     "last-modified",         "dcterms.modified"};
const char* const kAuthorKeys[] = {"author",          "article:author",  "byl",
                                   "dc.creator",      "sailthru.author", "parsely-author",
                                   "dcterms.creator", "citation_author"};

struct MetaTag {
  std::string key;  // lower-case property / name / itemprop / http-equiv
  std::string content;
};

struct LdArticle {
  int rank = 0;  // 2: an article type, 1: a web page, 0: other
  std::string headline, published, created, modified, author, publisher, body, url, lang;
};

std::string LdString(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_number_integer()) return std::to_string(j.get<long long>());
  return {};
}

// "name" of a person/organisation given as a string, an object or an array of them.
std::string LdName(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object()) {
    auto it = j.find("name");
    if (it != j.end()) return LdName(*it);
  }
  if (j.is_array()) {
    std::string out;
    for (const auto& e : j) {
      std::string n = LdName(e);
      if (n.empty()) continue;
      if (!out.empty()) out += ", ";
      out += n;
    }
    return out;
  }
  return {};
}

int LdRank(const nlohmann::json& type) {
  int best = 0;
  auto rank_of = [](const std::string& t) {
    if (t.find("Article") != std::string::npos || t.find("Posting") != std::string::npos ||
        t == "Report" || t == "Review")
      return 2;
    if (t.find("WebPage") != std::string::npos) return 1;
    return 0;
  };
  if (type.is_string()) best = rank_of(type.get<std::string>());
  if (type.is_array())
    for (const auto& t : type)
      if (t.is_string()) best = std::max(best, rank_of(t.get<std::string>()));
  return best;
}

// Visits every object in a JSON-LD value (arrays, @graph and nested objects included),
// iteratively. Keeps the best article-like object, and the first publication date of
// any typed object as a fallback (some pages nest it in "mainEntityOfPage").
void CollectLd(const nlohmann::json& root, LdArticle* best, std::string* any_published) {
  std::vector<const nlohmann::json*> stack{&root};
  int visited = 0;
  while (!stack.empty() && ++visited < 10000) {
    const nlohmann::json* j = stack.back();
    stack.pop_back();
    if (j->is_array()) {
      for (auto it = j->rbegin(); it != j->rend(); ++it) stack.push_back(&*it);
      continue;
    }
    if (!j->is_object()) continue;
    for (auto it = j->begin(); it != j->end(); ++it)
      if (it->is_object() || it->is_array()) stack.push_back(&*it);
    auto type = j->find("@type");
    if (type == j->end()) continue;
    auto get = [&](const char* k) {
      auto it = j->find(k);
      return it == j->end() ? std::string() : LdString(*it);
    };
    if (any_published->empty()) *any_published = get("datePublished");
    const int rank = LdRank(*type);
    if (rank == 0 || rank < best->rank) continue;
    LdArticle a;
    a.rank = rank;
    a.headline = get("headline");
    if (a.headline.empty()) a.headline = get("name");
    a.published = get("datePublished");
    a.created = get("dateCreated");
    a.modified = get("dateModified");
    a.body = get("articleBody");
    a.url = get("url");
    a.lang = get("inLanguage");
    if (auto it = j->find("author"); it != j->end()) a.author = LdName(*it);
    if (auto it = j->find("publisher"); it != j->end()) a.publisher = LdName(*it);
    // Of two equally ranked objects the first wins, unless only the later has a date or
    // a body (pages list related articles after the article itself).
    const bool better =
        rank > best->rank || (best->published.empty() && !a.published.empty()) ||
        (best->body.empty() && a.body.size() > 200 && a.published == best->published);
    if (better) *best = std::move(a);
  }
}

// The first complete JSON value in s (an object or array), ignoring what follows: pages
// often leave a stray brace or a second object after it.
std::string_view FirstJsonValue(std::string_view s) {
  size_t i = s.find_first_of("{[");
  if (i == std::string_view::npos) return {};
  int depth = 0;
  bool in_string = false;
  for (size_t k = i; k < s.size(); ++k) {
    const char c = s[k];
    if (in_string) {
      if (c == '\\')
        ++k;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"')
      in_string = true;
    else if (c == '{' || c == '[')
      ++depth;
    else if (c == '}' || c == ']') {
      if (--depth == 0) return s.substr(i, k + 1 - i);
    }
  }
  return s.substr(i);
}

void ParseLd(std::string_view text, LdArticle* best, std::string* any_published) {
  // Raw control characters (newlines inside articleBody) are common and make strict
  // JSON parsers refuse the whole block: read them as spaces.
  std::string s(text);
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  nlohmann::json j = nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Comment markers, CDATA wrappers, stray braces: try the first value alone.
    const std::string_view first = FirstJsonValue(s);
    if (first.empty()) return;
    j = nlohmann::json::parse(first, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return;
  }
  CollectLd(j, best, any_published);
}

std::string ScriptText(const xmlNode* n) {
  std::string out;
  for (const xmlNode* c = n->children; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      out += reinterpret_cast<const char*>(c->content);
  return out;
}

std::string LangCode(std::string_view v) {
  std::string s = AsciiLower(std::string(TrimAscii(v)));
  const size_t cut = s.find_first_of("-_ ");
  if (cut != std::string::npos) s.resize(cut);
  if (s.size() < 2 || s.size() > 3) return {};
  for (char c : s)
    if (c < 'a' || c > 'z') return {};
  return s;
}

std::string CleanAuthor(std::string a) {
  a = Clean(a);
  if (a.starts_with("http://") || a.starts_with("https://")) return {};
  for (const char* by : {"By ", "by ", "BY ", "Por ", "por ", "Par ", "par ", "Von ", "von "})
    if (a.starts_with(by)) a = a.substr(std::strlen(by));
  if (a.size() > 200) a.resize(200);
  return a;
}

// Days since 1970-01-01 of a valid YYYY-MM-DD (civil calendar).
long DayNumber(const std::string& ymd) {
  int y = std::stoi(ymd.substr(0, 4));
  const int m = std::stoi(ymd.substr(5, 2)), d = std::stoi(ymd.substr(8, 2));
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string Resolve(const std::string& href, std::string_view base) {
  if (href.empty() || href.starts_with("http://") || href.starts_with("https://")) return href;
  const size_t scheme = base.find("://");
  if (scheme == std::string_view::npos) return href;
  if (href.starts_with("//")) return std::string(base.substr(0, scheme + 1)) + href;
  if (href.starts_with("/")) {
    const size_t host_end = base.find('/', scheme + 3);
    return std::string(base.substr(0, host_end)) + href;
  }
  return href;
}

// Class/id values that mark an element showing the publication date.
bool DateHint(const xmlNode* n) {
  for (const char* attr : {"class", "id"}) {
    const std::string_view v = AttrView(n, attr);
    for (size_t i = 0; i < v.size(); ++i) {
      // Case-insensitive search without a lower-cased copy (this runs on every element).
      for (std::string_view h : {"date", "time", "publish", "posted", "byline", "meta", "fecha",
                                 "datum", "data", "tarih", "zaman", "info"}) {
        if (i + h.size() > v.size()) continue;
        bool same = true;
        for (size_t k = 0; k < h.size() && same; ++k) {
          const char c = v[i + k];
          same = (c >= 'A' && c <= 'Z' ? c + 32 : c) == h[k];
        }
        if (same) return true;
      }
    }
  }
  return false;
}

}  // namespace

std::string SplitSiteName(const std::string& title, std::string* site) {
  for (const char* sep : {" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "}) {
    const size_t p = title.rfind(sep);
    if (p == std::string::npos || p == 0) continue;
    const std::string head = title.substr(0, p), tail = title.substr(p + std::strlen(sep));
    auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    // The site name is the short side: usually the end, sometimes the start.
    if (words(tail) <= 5) {
      if (site) *site = std::string(TrimAscii(tail));
      return std::string(TrimAscii(head));
    }
    const size_t q = title.find(sep);
    const std::string first = title.substr(0, q), rest = title.substr(q + std::strlen(sep));
    if (words(first) <= 3 && words(rest) > 2 * words(first)) {
      if (site) *site = std::string(TrimAscii(first));
      return std::string(TrimAscii(rest));
    }
  }
  return title;
}

PageMetadata ExtractMetadata(xmlDoc* doc, std::string_view page_url) {
  PageMetadata out;
  if (!doc) return out;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return out;
  std::vector<MetaTag> metas;
  std::string html_title, h1, canonical, lang_attr, itemprop_date, time_pub, time_first;
  std::string itemprop_author, rel_author;
  std::vector<std::string> visible_dates;
  LdArticle ld;
  std::string ld_any_published;
  if (root->type == XML_ELEMENT_NODE) lang_attr = Attr(root, "lang");
  // InnerText walks a subtree: a bounded number of calls keeps pathological pages
  // (thousands of nested <time> or class="date" elements) linear.
  int text_budget = 200;
  auto inner_text = [&](const xmlNode* n, size_t max) {
    return text_budget-- > 0 ? InnerText(n, max) : std::string();
  };
  WalkElements(root, [&](xmlNode* n) {
    const Tag tag = TagOf(n);
    switch (tag) {
      case Tag::kHead:
        return true;  // skipped by the text walk, but where most metadata is
      case Tag::kMeta: {
        std::string key = AsciiLower(AttrView(n, "property"));
        if (key.empty()) key = AsciiLower(AttrView(n, "name"));
        if (key.empty()) key = AsciiLower(AttrView(n, "itemprop"));
        if (key.empty()) key = AsciiLower(AttrView(n, "http-equiv"));
        if (!key.empty()) metas.push_back({key, Clean(AttrView(n, "content"))});
        return false;
      }
      case Tag::kLink: {
        const std::string rel = AsciiLower(AttrView(n, "rel"));
        if (rel == "canonical" && canonical.empty()) canonical = std::string(TrimAscii(AttrView(n, "href")));
        return false;
      }
      case Tag::kTitle:
        if (html_title.empty()) html_title = inner_text(n, 1000);
        return false;
      case Tag::kScript:
        if (AsciiLower(AttrView(n, "type")).find("ld+json") != std::string::npos)
          ParseLd(ScriptText(n), &ld, &ld_any_published);
        return false;
      case Tag::kH1:
        if (h1.empty()) h1 = inner_text(n, 1000);
        return true;
      case Tag::kTime: {
        std::string v(AttrView(n, "datetime"));
        if (v.empty()) v = inner_text(n, 200);
        const std::string d = ParseDate(v);
        if (!d.empty()) {
          if (time_first.empty()) time_first = d;
          const bool pub =
              xmlHasProp(n, reinterpret_cast<const xmlChar*>("pubdate")) ||
              AsciiLower(AttrView(n, "itemprop")).find("datepublished") != std::string::npos ||
              AsciiLower(AttrView(n, "class")).find("publish") != std::string::npos;
          if (pub && time_pub.empty()) time_pub = d;
        }
        return true;
      }
      default:
        break;
    }
    if (IsSkippedTag(tag)) return false;
    const std::string_view itemprop = AttrView(n, "itemprop");
    if (!itemprop.empty()) {
      const std::string ip = AsciiLower(itemprop);
      if (ip == "datepublished" && itemprop_date.empty()) {
        std::string v(AttrView(n, "content"));
        if (v.empty()) v = AttrView(n, "datetime");
        if (v.empty()) v = inner_text(n, 200);
        itemprop_date = ParseDate(v);
      } else if (ip == "author" && itemprop_author.empty()) {
        itemprop_author = inner_text(n, 200);
      }
    }
    if (tag == Tag::kA && rel_author.empty() && AsciiLower(AttrView(n, "rel")) == "author")
      rel_author = inner_text(n, 200);
    if (visible_dates.size() < 8 && DateHint(n)) {
      const std::string text = inner_text(n, 1000);  // longer than a date line: not one
      if (!text.empty() && text.size() < 300) visible_dates.push_back(text);
    }
    return true;
  });
  auto meta = [&](const char* key) -> std::string {
    for (const auto& m : metas)
      if (m.key == key && !m.content.empty()) return m.content;
    return {};
  };

  // Language first: it decides how to read 06/07/2020.
  out.lang = LangCode(lang_attr);
  if (out.lang.empty()) out.lang = LangCode(meta("content-language"));
  if (out.lang.empty()) out.lang = LangCode(meta("language"));
  if (out.lang.empty()) out.lang = LangCode(meta("og:locale"));
  if (out.lang.empty()) out.lang = LangCode(ld.lang);
  const std::string region = AsciiLower(lang_attr);
  const DayOrder order = (region == "en-us" || region == "en_us" || region == "en")
                             ? DayOrder::kMonthFirst
                             : DayOrder::kDayFirst;

  // Site name and title.
  out.site = meta("og:site_name");
  if (out.site.empty()) out.site = Clean(ld.publisher);
  if (out.site.empty()) out.site = meta("application-name");
  std::string title_site;
  const std::string split_title = SplitSiteName(Clean(html_title), &title_site);
  if (out.site.empty()) out.site = title_site;
  out.title = meta("og:title");
  if (out.title.empty()) out.title = meta("twitter:title");
  if (out.title.empty()) out.title = Clean(ld.headline);
  if (out.title.empty()) out.title = split_title;
  if (out.title.empty()) out.title = Clean(h1);
  if (!out.site.empty() && out.title.find(out.site) != std::string::npos) {
    std::string s;
    const std::string t = SplitSiteName(out.title, &s);
    if (s == out.site) out.title = t;
  }

  // URL.
  out.url = Resolve(canonical, page_url);
  if (out.url.empty()) out.url = meta("og:url");
  if (out.url.empty()) out.url = std::string(page_url);

  // Publication date, most explicit source first.
  auto try_date = [&](const std::string& value, const char* source) {
    if (!out.date.empty() || value.empty()) return;
    out.date = ParseDate(value, order);
    if (!out.date.empty()) out.date_source = source;
  };
  try_date(ld.published, "json-ld datePublished");
  for (const char* k : kPublishedKeys) try_date(meta(k), ("meta " + std::string(k)).c_str());
  try_date(ld.created, "json-ld dateCreated");
  try_date(ld_any_published, "json-ld datePublished");
  try_date(itemprop_date, "itemprop datePublished");
  try_date(time_pub, "<time> marked as publication");
  try_date(DateInUrl(out.url), "date in the URL");
  if (out.url != page_url) try_date(DateInUrl(page_url), "date in the URL");
  for (const auto& v : visible_dates) try_date(v, "visible date line");
  try_date(time_first, "first <time> element");
  try_date(ld.modified, "json-ld dateModified");
  for (const char* k : kModifiedKeys) try_date(meta(k), "meta modification time");
  // Timestamps are often written in UTC, or in local time wrongly marked as UTC, so they
  // can fall on the next or previous day; the date in the URL is the publisher's own
  // calendar day. Trust it when the two are a day apart.
  const std::string url_date =
      !DateInUrl(out.url).empty() ? DateInUrl(out.url) : DateInUrl(page_url);
  if (!url_date.empty() && !out.date.empty() && url_date != out.date &&
      std::abs(DayNumber(url_date) - DayNumber(out.date)) == 1) {
    out.date = url_date;
    out.date_source += ", corrected by the date in the URL";
  }

  // Author.
  out.author = CleanAuthor(ld.author);
  for (const char* k : kAuthorKeys)
    if (out.author.empty()) out.author = CleanAuthor(meta(k));
  if (out.author.empty()) out.author = CleanAuthor(itemprop_author);
  if (out.author.empty()) out.author = CleanAuthor(rel_author);

  out.body = std::string(TrimAscii(ld.body));
  return out;
}

}  // namespace dyad

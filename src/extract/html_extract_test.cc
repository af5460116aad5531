// The HTML extractor on pages written for these tests: each kind of page furniture the
// seeds show (menus, shop headers, ad markers, promos, "read more" teasers with other
// stories' headlines, comment forms, tag lines, site signatures, repeated titles), the
// layouts the issue names (RTL, <br>-only, layout tables, JSON-LD bodies) and bad input.
// Every sentence of an article body must survive; no sentence of furniture may.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "core/utf8.h"
#include "extract/date_parse.h"
#include "extract/extract.h"
#include "extract/html_text.h"
#include "extract/phrase_matcher.h"

namespace dyad {
namespace {

const FurniturePhrases& Phrases() {
  static const std::shared_ptr<const FurniturePhrases> p = [] {
    auto r = FurniturePhrases::Load(std::string(DYAD_SOURCE_DIR) + "/data/furniture");
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : FurniturePhrases::Empty();
  }();
  return *p;
}

bool Has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// A page around an article body, with the furniture news sites put around it.
std::string Page(const std::string& body, const std::string& head = "",
                 const std::string& lang = "en") {
  return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">" + head +
         "</head><body>"
         "<header class=\"site-header\"><a href=\"/\">The Northern Ledger</a>"
         "<nav class=\"main-menu\"><ul><li><a href=\"/world\">World</a></li>"
         "<li><a href=\"/politics\">Politics</a></li><li><a href=\"/sport\">Sport</a></li>"
         "<li><a href=\"/weather\">Weather</a></li></ul></nav></header>" +
         body +
         "<aside class=\"sidebar\"><h3>Most read</h3><ul>"
         "<li><a href=\"/a\">Army seizes a port city after a night of shelling</a></li>"
         "<li><a href=\"/b\">Central bank raises rates for the third time</a></li></ul></aside>"
         "<div id=\"cookie-consent\">We use cookies to improve your experience. Accept all</div>"
         "<footer><p>© 2025 The Northern Ledger. All rights reserved.</p></footer></body></html>";
}

const char* const kBody[] = {
    "Foreign ministers of both countries met in Geneva on Tuesday to discuss the border crossing.",
    "The talks lasted more than five hours, according to a statement from the host government.",
    "Both delegations agreed to meet again before the end of the month, officials said.",
};

std::string Paragraphs() {
  std::string s;
  for (const char* p : kBody) s += std::string("<p>") + p + "</p>\n";
  return s;
}

void ExpectBodyKept(const std::string& text) {
  for (const char* p : kBody) EXPECT_TRUE(Has(text, p)) << "lost: " << p << "\n--- got:\n" << text;
}

}  // namespace

TEST(HtmlExtract, ArticleInsideTheUsualFurniture) {
  const std::string html = Page(
      "<main><article><h1>Ministers meet in Geneva</h1>"
      "<div class=\"byline\">By Ana Ruiz</div>" +
          Paragraphs() +
          "<div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a><a href=\"#\">Share on "
          "X</a></div>"
          "</article></main>",
      "<title>Ministers meet in Geneva | The Northern Ledger</title>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  for (const char* junk : {"World", "Politics", "Most read", "Army seizes", "cookies", "All rights",
                           "Share on", "By Ana Ruiz", "Ministers meet in Geneva"})
    EXPECT_FALSE(Has(a.text, junk)) << junk;
  EXPECT_EQ(a.meta.title, "Ministers meet in Geneva");
  EXPECT_EQ(a.meta.site, "The Northern Ledger");
  EXPECT_EQ(a.meta.lang, "en");
}

TEST(HtmlExtract, ShopHeaderAdMarkersAndPromos) {
  // Seed-like: a shop header on a news blog, [ad_1] markers, a newsletter promo.
  const std::string html = Page(
      "<div class=\"shop-bar\"><span>Category Menu</span><p>No products in the cart.</p></div>"
      "<div class=\"entry-content\"><p>[ad_1]</p>" +
      Paragraphs() +
      "<p>Sign up for our newsletter to get the day's top stories.</p><p>[ad_2]</p></div>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  for (const char* junk : {"No products", "[ad_1]", "[ad_2]", "newsletter"})
    EXPECT_FALSE(Has(a.text, junk)) << junk;
}

TEST(HtmlExtract, ReadMoreTeasersAndOtherHeadlines) {
  const std::string html = Page("<div class=\"post\">" + Paragraphs() +
                                "<div class=\"related-posts\"><h3>Related stories</h3>"
                                "<div class=\"teaser\"><a href=\"/x\">Rebels shell the airport "
                                "again</a><p>Fighting resumed at dawn near the runway.</p></div>"
                                "<div class=\"teaser\"><a href=\"/y\">Parliament dissolved by "
                                "decree</a><p>Elections are due within sixty days.</p></div>"
                                "</div></div>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  for (const char* junk :
       {"Rebels shell", "Fighting resumed", "Parliament dissolved", "Elections are due"})
    EXPECT_FALSE(Has(a.text, junk)) << junk;
}

TEST(HtmlExtract, ListsOfOtherStoriesWithoutClassHints) {
  // Headline link, summary, again and again, in the same container as the article.
  std::string teasers;
  const char* heads[] = {"Drought hits the southern farms", "Strike closes the northern port",
                         "Floods cut the coastal road", "Election date set for spring"};
  for (const char* h : heads)
    teasers += std::string("<p><a href=\"/s\">") + h +
               "</a></p><p>A short summary of that other story follows here.</p>";
  const std::string html = Page("<div>" + Paragraphs() + "<p>Top stories</p>" + teasers + "</div>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  EXPECT_FALSE(Has(a.text, "Drought hits"));
  EXPECT_FALSE(Has(a.text, "summary of that other story"));
}

TEST(HtmlExtract, CommentFormsAndComments) {
  const std::string html =
      Page("<article class=\"post\">" + Paragraphs() +
           "<div class=\"tags\">Tags: <a href=\"/t/geneva\">Geneva</a>, <a "
           "href=\"/t/border\">border</a></div>"
           "<section id=\"comments\"><h3>3 Comments</h3>"
           "<div class=\"comment-body\"><p>This is a disgrace and the minister should resign at "
           "once, frankly.</p></div>"
           "</section>"
           "<div id=\"respond\"><h3>Leave a Reply</h3><p>We never show your email address; starred "
           "boxes must be filled in *</p>"
           "<form><textarea></textarea><input type=\"submit\" value=\"Post Comment\"></form></div>"
           "</article>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  for (const char* junk : {"disgrace", "Leave a Reply", "email address", "Tags:", "Comments"})
    EXPECT_FALSE(Has(a.text, junk)) << junk;
}

TEST(HtmlExtract, TagLinesSignaturesAndRepeatedTitles) {
  const std::string html = Page(
      "<div class=\"story\"><h1>Ministers meet in Geneva</h1><h2>Ministers meet in Geneva</h2>" +
          Paragraphs() +
          "<p>(tagstotranslate) Geneva (T) border (T) ministers</p><p>Northern Ledger "
          "News</p></div>",
      "<meta property=\"og:title\" content=\"Ministers meet in Geneva\">");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  EXPECT_FALSE(Has(a.text, "tagstotranslate"));
  EXPECT_FALSE(Has(a.text, "Ministers meet in Geneva"));
}

TEST(HtmlExtract, CaptionsAndDateLinesAreNotText) {
  const std::string html = Page(
      "<article><p class=\"dateline\">Published 4 March 2025, 09:30</p>"
      "<figure><img src=\"x.jpg\"><figcaption>The ministers before the talks. Photo: "
      "Agency</figcaption></figure>" +
      Paragraphs() + "</article>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  EXPECT_FALSE(Has(a.text, "Published 4 March"));
  EXPECT_FALSE(Has(a.text, "before the talks"));
}

TEST(HtmlExtract, EmbeddedPostsAreKept) {
  const std::string html =
      Page("<div class=\"article-body\">" + Paragraphs() +
           "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>We welcome the "
           "outcome of today's talks in Geneva.</p>"
           "— Ministry (@ministry) March 4, 2025</blockquote></div></div>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  EXPECT_TRUE(Has(a.text, "We welcome the outcome"));
}

TEST(HtmlExtract, KeepsParagraphBreaksAndHeadings) {
  const std::string html =
      Page("<article>" + std::string("<p>") + kBody[0] + "</p><h2>What comes next</h2><p>" +
           kBody[1] + "</p><ul><li>" + kBody[2] + "</li></ul></article>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  EXPECT_TRUE(Has(a.text, std::string(kBody[0]) + "\n\nWhat comes next\n\n" + kBody[1]));
  ExpectBodyKept(a.text);
}

TEST(HtmlExtract, RightToLeftArabicPage) {
  const std::string html =
      "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
      "<title>وزيرا الخارجية يلتقيان في جنيف - صحيفة الشمال</title></head><body>"
      "<nav><a href=\"/\">الرئيسية</a> <a href=\"/s\">رياضة</a> <a href=\"/e\">اقتصاد</a></nav>"
      "<div class=\"article-text\"><p>التقى وزيرا خارجية البلدين في جنيف يوم الثلاثاء لبحث ملف "
      "المعبر الحدودي.</p>"
      "<p>واستمرت المحادثات أكثر من خمس ساعات، بحسب بيان صادر عن الحكومة المضيفة.</p>"
      "<p>اقرأ أيضا</p></div>"
      "<div class=\"comments\"><h3>التعليقات</h3><p>تعليق من قارئ غاضب جدا على هذا الخبر المنشور "
      "اليوم.</p></div>"
      "</body></html>";
  HtmlArticle a = ExtractHtml(html, Phrases());
  EXPECT_TRUE(Has(a.text, "التقى وزيرا خارجية البلدين في جنيف"));
  EXPECT_TRUE(Has(a.text, "واستمرت المحادثات"));
  EXPECT_FALSE(Has(a.text, "الرئيسية"));
  EXPECT_FALSE(Has(a.text, "تعليق من قارئ"));
  EXPECT_FALSE(Has(a.text, "اقرأ أيضا"));
  EXPECT_EQ(a.meta.title, "وزيرا الخارجية يلتقيان في جنيف");
  EXPECT_EQ(a.meta.lang, "ar");
}

TEST(HtmlExtract, BrOnlyLayout) {
  std::string body = "<div id=\"text\">";
  for (const char* p : kBody) body += std::string(p) + "<br><br>\n";
  body += "</div>";
  HtmlArticle a = ExtractHtml(Page(body), Phrases());
  ExpectBodyKept(a.text);
  // Each <br><br> paragraph is its own paragraph.
  EXPECT_TRUE(Has(a.text, std::string(kBody[0]) + "\n\n" + kBody[1]));
}

TEST(HtmlExtract, LayoutTable) {
  const std::string html =
      "<html><body><table width=\"100%\"><tr><td class=\"nav\"><a href=\"/\">Home</a><br>"
      "<a href=\"/n\">News</a><br><a href=\"/c\">Contact</a></td><td>" +
      Paragraphs() +
      "</td><td><a href=\"/ad\">Advertise with us</a></td></tr></table></body></html>";
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  EXPECT_FALSE(Has(a.text, "Contact"));
  EXPECT_FALSE(Has(a.text, "Advertise"));
}

TEST(HtmlExtract, JsonLdArticleBodyWhenThePageHasNone) {
  // The body is rendered by scripts; only the JSON-LD carries it.
  const std::string html = Page(
      "<div id=\"app\"></div>",
      "<script "
      "type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
      "\"headline\":\"Ministers meet in Geneva\",\"datePublished\":\"2025-03-04T09:30:00+01:00\","
      "\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},"
      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Northern Ledger\"},"
      "\"articleBody\":\"" +
          std::string(kBody[0]) + " " + kBody[1] + " " + kBody[2] + "\"}</script>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  EXPECT_EQ(a.text_source, "json-ld articleBody");
  EXPECT_EQ(a.meta.title, "Ministers meet in Geneva");
  EXPECT_EQ(a.meta.date, "2025-03-04");
  EXPECT_EQ(a.meta.author, "Ana Ruiz");
  EXPECT_EQ(a.meta.site, "The Northern Ledger");
}

TEST(HtmlExtract, HiddenElementsAreNotText) {
  const std::string html =
      Page("<article>" + Paragraphs() +
           "<p style=\"display: none\">Secret tracking sentence that nobody sees on the page.</p>"
           "<p hidden>Another hidden sentence that must not be in the text.</p></article>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
  EXPECT_FALSE(Has(a.text, "Secret tracking"));
  EXPECT_FALSE(Has(a.text, "Another hidden"));
}

TEST(HtmlExtract, LayoutClassesDoNotHideTheArticle) {
  // "layout-right-sidebar" and "has-comments" describe the page, not the element.
  const std::string html =
      Page("<div class=\"container layout-right-sidebar has-comments\"><div class=\"col\">" +
           Paragraphs() + "</div></div>");
  HtmlArticle a = ExtractHtml(html, Phrases());
  ExpectBodyKept(a.text);
}

TEST(Metadata, DatesFromEverySource) {
  auto date_of = [](const std::string& head, const std::string& body, const std::string& url = "") {
    return ExtractHtml(
               "<html><head>" + head + "</head><body>" + body + Paragraphs() + "</body></html>",
               Phrases(), url)
        .meta.date;
  };
  EXPECT_EQ(
      date_of("<meta property=\"article:published_time\" content=\"2025-03-04T09:30:00Z\">", ""),
      "2025-03-04");
  EXPECT_EQ(date_of("<meta name=\"pubdate\" content=\"20250304\">", ""), "2025-03-04");
  EXPECT_EQ(date_of("<meta itemprop=\"datePublished\" content=\"2025-03-04\">", ""), "2025-03-04");
  EXPECT_EQ(date_of("", "<time datetime=\"2025-03-04T10:00\" pubdate>4 March</time>"),
            "2025-03-04");
  EXPECT_EQ(date_of("", "", "https://news.example/2025/03/04/ministers-meet"), "2025-03-04");
  EXPECT_EQ(date_of("", "<div class=\"post-date\">4 марта 2025</div>"), "2025-03-04");
  EXPECT_EQ(date_of("", "<span class=\"date\">4 مارس 2025</span>"), "2025-03-04");
  EXPECT_EQ(date_of("", "<span class=\"tarih\">4 Mart 2025</span>"), "2025-03-04");
  EXPECT_EQ(date_of("", "<p class=\"meta\">March 4, 2025</p>"), "2025-03-04");
  // JSON-LD first; a timestamp a day off the URL's date is read as the URL says.
  EXPECT_EQ(date_of("<script "
                    "type=\"application/"
                    "ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-05T01:00:"
                    "00Z\"}</script>"
                    "<meta property=\"article:published_time\" content=\"2025-01-01\">",
                    "", "https://news.example/2025/03/04/x"),
            "2025-03-04");
  EXPECT_EQ(date_of("", ""), "");
}

TEST(Metadata, TitleAuthorSiteUrlLanguage) {
  const std::string html =
      "<html lang=\"pt-BR\"><head><title>Site Name - Ministros se reúnem em Genebra para discutir "
      "a fronteira</title>"
      "<meta name=\"author\" content=\"Por Ana Ruiz\"><link rel=\"canonical\" "
      "href=\"/2025/03/04/ministros\">"
      "</head><body><h1>Outro título</h1>" +
      Paragraphs() + "</body></html>";
  HtmlArticle a = ExtractHtml(html, Phrases(), "https://jornal.example/amp/x");
  EXPECT_EQ(a.meta.title, "Ministros se reúnem em Genebra para discutir a fronteira");
  EXPECT_EQ(a.meta.site, "Site Name");
  EXPECT_EQ(a.meta.author, "Ana Ruiz");
  EXPECT_EQ(a.meta.url, "https://jornal.example/2025/03/04/ministros");
  EXPECT_EQ(a.meta.lang, "pt");
}

TEST(DateParse, Forms) {
  const std::pair<const char*, const char*> cases[] = {
      {"2025-03-04", "2025-03-04"},
      {"2025-03-04T23:59:59-05:00", "2025-03-04"},
      {"Tue, 04 Mar 2025 10:00:00 GMT", "2025-03-04"},
      {"04.03.2025", "2025-03-04"},
      {"4 de marzo de 2025", "2025-03-04"},
      {"4. März 2025", "2025-03-04"},
      {"le 4 mars 2025 à 10h", "2025-03-04"},
      {"2025年3月4日", "2025-03-04"},
      {"2025년 3월 4일", "2025-03-04"},
      {"٤ مارس ٢٠٢٥", "2025-03-04"},
      {"4 آذار 2025", "2025-03-04"},
      {"4 تشرين الأول 2025", "2025-10-04"},
      {"4 Şubat 2025", "2025-02-04"},
      {"2025. március 4.", "2025-03-04"},
      {"1741082400", "2025-03-04"},
      {"March 32, 2025", ""},
      {"no date here", ""},
      {"10:30", ""},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(ParseDate(in), want) << in;
  EXPECT_EQ(ParseDate("03/04/2025", DayOrder::kMonthFirst), "2025-03-04");
  EXPECT_EQ(ParseDate("03/04/2025", DayOrder::kDayFirst), "2025-04-03");
  EXPECT_EQ(ParseDate("13/04/2025", DayOrder::kMonthFirst), "2025-04-13");
  EXPECT_EQ(DateInUrl("https://x.example/2025/03/04/story"), "2025-03-04");
  EXPECT_EQ(DateInUrl("https://x.example/news/20250304/story"), "2025-03-04");
  EXPECT_EQ(DateInUrl("https://x.example/2025/03/story"), "");
  EXPECT_EQ(DateInUrl("https://20250304.example/story"), "");
}

TEST(Extract, HtmlDatesPreferThePageToTheFileName) {
  RawDocument r;
  r.origin = "dir/2024-01-01_story.html";
  r.format = "html";
  r.body =
      "<html><head><meta property=\"article:published_time\" content=\"2025-03-04\"></head><body>" +
      Paragraphs() + "</body></html>";
  ExtractDetails det;
  auto d = Extract(r, Phrases(), &det);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->date, "2025-03-04");
  r.body = "<html><body>" + Paragraphs() + "</body></html>";
  d = Extract(r, Phrases(), &det);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->date, "2024-01-01");
  EXPECT_EQ(det.date_source, "file name");
  // A WARC capture date is only a fallback.
  r.format = "warc";
  r.date = "2025-06-30";
  d = Extract(r, Phrases(), &det);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->date, "2025-06-30");
  // A date the caller gives wins.
  r.format = "html";
  r.body =
      "<html><head><meta property=\"article:published_time\" content=\"2025-03-04\"></head><body>" +
      Paragraphs() + "</body></html>";
  d = Extract(r, Phrases(), &det);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->date, "2025-06-30");
}

TEST(Extract, FailureKeepsTheMetadata) {
  RawDocument r;
  r.origin = "menu.html";
  r.format = "html";
  r.body =
      "<html><head><title>Only a menu</title></head><body><nav><a "
      "href=\"/\">Home</a></nav></body></html>";
  ExtractDetails det;
  auto d = Extract(r, Phrases(), &det);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().message(), "no article text found");
  EXPECT_EQ(det.partial.title, "Only a menu");
}

// Bad input: never a crash or a hang, a best effort or an empty result.
TEST(HtmlExtractBadInput, MalformedAndEmpty) {
  const char* const pages[] = {
      "",
      "<",
      "<<<>>>",
      "<html",
      "<p unclosed",
      "</p></div></body></html>",
      "<html><body></body></html>",
      "<html><head><title>x</title></head></html>",
      "<script>",
      "<!--",
      "<!-- never closed <p>text</p>",
      "<style>p{}",
      "<table><tr><td><table><td>",
      "<a href=\"x\"><a href=\"y\">z</a>",
      "<html><body><p>Text with a\0NUL byte inside it for good measure.</p></body></html>",
      "\xff\xfe<\x00p\x00>\x00",
      "<svg><script>alert(1)</script></svg>",
      "<script type=\"application/ld+json\">{\"@type\": [\"NewsArticle\"], \"datePublished\": "
      "{}}}}</script>",
      "<script type=\"application/ld+json\">[[[[[[[[[[[[[[[[[[[[[[[[</script>",
  };
  for (const char* p : pages) {
    HtmlArticle a = ExtractHtml(std::string(p), Phrases());
    EXPECT_LT(a.text.size(), 200u) << p;
  }
  HtmlArticle a =
      ExtractHtml("<p>Only text, no html or body tags, but a full sentence of it.</p>", Phrases());
  EXPECT_TRUE(Has(a.text, "Only text, no html or body tags"));
}

TEST(HtmlExtractBadInput, HundredThousandLevelsDeep) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div><span>";
  deep += "<p>Still here at the bottom of a very deep page, a sentence.</p>";
  HtmlArticle a = ExtractHtml(deep, Phrases());  // must not overflow the stack
  EXPECT_TRUE(Has(a.text, "Still here"));
}

TEST(HtmlExtractBadInput, DeepNestingOfHintedElementsStaysLinear) {
  // Every level a date-like element, a furniture class and some text: walks that look
  // up or down the tree per element would be quadratic here.
  std::string html = "<html><body>";
  for (int i = 0; i < 20000; ++i)
    html += "<div class=\"meta post-date share\"><time><p>Level text, a sentence.</p>";
  html += "<p>" + std::string(kBody[0]) + "</p></body></html>";
  const auto t0 = std::chrono::steady_clock::now();
  HtmlArticle a = ExtractHtml(html, Phrases());
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 10.0);
  EXPECT_FALSE(a.text.empty());
}

TEST(HtmlExtractBadInput, FiftyMegabytePage) {
  std::string html = "<html><body><article>";
  const std::string p = std::string("<p>") + kBody[0] + " " + kBody[1] + "</p>\n";
  while (html.size() < (size_t{50} << 20)) html += p;
  html += "</article></body></html>";
  const auto t0 = std::chrono::steady_clock::now();
  HtmlArticle a = ExtractHtml(html, Phrases());
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_TRUE(Has(a.text, kBody[0]));
  EXPECT_LT(secs, 20.0);  // linear: about a second here
}

TEST(HtmlExtractBadInput, InvalidUtf8IsRepaired) {
  HtmlArticle a = ExtractHtml(Page(std::string("<article><p>") + kBody[0] + " caf\xe9 \xc3</p>" +
                                   "<p>" + kBody[1] + "</p></article>"),
                              Phrases());
  EXPECT_TRUE(Has(a.text, kBody[1]));
  EXPECT_EQ(utf8::FirstInvalid(a.text), std::string::npos);
}

// The automaton against the obvious search, on random text over a small alphabet (so
// that phrases overlap and nest).
TEST(PhraseMatcher, AgreesWithNaiveSearch) {
  std::mt19937 rng(42);
  const std::string alphabet = "abAB \xd8\xa7";
  auto random_string = [&](size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 50; ++round) {
    std::vector<std::string> phrases;
    PhraseMatcher m;
    for (int i = 0; i < 8; ++i) {
      phrases.push_back(random_string(1 + rng() % 4));
      m.Add(phrases.back(), i);
    }
    m.Build();
    const std::string text = random_string(200);
    auto fold = [](std::string s) {
      for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      return s;
    };
    std::vector<std::tuple<size_t, size_t, int>> want, got;
    const std::string ft = fold(text);
    for (size_t i = 0; i < phrases.size(); ++i) {
      const std::string fp = fold(phrases[i]);
      for (size_t at = ft.find(fp); at != std::string::npos; at = ft.find(fp, at + 1))
        want.emplace_back(at, at + fp.size(), static_cast<int>(i));
    }
    m.ForEachHit(text,
                 [&](const PhraseMatcher::Hit& h) { got.emplace_back(h.begin, h.end, h.id); });
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, want) << "round " << round;
  }
}

}  // namespace dyad

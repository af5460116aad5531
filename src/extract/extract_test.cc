#include "extract/extract.h"

#include <gtest/gtest.h>

#include "extract/furniture.h"
#include "extract/html_text.h"

namespace dyad {
namespace {

std::shared_ptr<const FurniturePhrases> Phrases() {
  auto p = FurniturePhrases::Load(std::string(DYAD_SOURCE_DIR) + "/data/furniture");
  EXPECT_TRUE(p.ok()) << p.status().message();
  return *p;
}

bool Has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

}  // namespace

TEST(Furniture, DropsMenusTeasersAndCommentForms) {
  const std::string text =
      "Home\nWorld\nSport\nWeather\n\n"
      "Envoys meet in Vienna\n\n"
      "Diplomats from both countries met in Vienna on Tuesday to discuss the border.\n\n"
      "[ad_1]\n\n"
      "The talks lasted four hours, officials said.\n\n"
      "Markets slide as oil prices jump\n"
      "Read more »\n\n"
      "A second round is planned for next month.\n\n"
      "Leave a Reply\n"
      "We never show your email address.\n"
      "Name\nEmail\n";
  CleanText c = RemoveFurniture(text, *Phrases());
  EXPECT_TRUE(Has(c.text, "Diplomats from both countries met in Vienna"));
  EXPECT_TRUE(Has(c.text, "The talks lasted four hours"));
  EXPECT_TRUE(Has(c.text, "A second round is planned"));
  EXPECT_TRUE(Has(c.text, "Envoys meet in Vienna"));  // a lone headline is kept
  EXPECT_FALSE(Has(c.text, "Weather"));
  EXPECT_FALSE(Has(c.text, "[ad_1]"));
  EXPECT_FALSE(Has(c.text, "Markets slide"));
  EXPECT_FALSE(Has(c.text, "Leave a Reply"));
  EXPECT_FALSE(Has(c.text, "Email"));
  EXPECT_GE(c.dropped.size(), 8u);
}

TEST(Furniture, ArabicHeadlineListAfterCommentsIsDropped) {
  const std::string text =
      "التقى وزيرا خارجية البلدين في باكو يوم الأحد وبحثا ملف الحدود.\n\n"
      "وأكد الجانبان استمرار المشاورات خلال الأسابيع المقبلة.\n\n"
      "التعليقات\n\n"
      "الجيش يعلن السيطرة على مدينة جديدة\n\n"
      "رئيس الوزراء يزور العاصمة الأسبوع المقبل\n";
  CleanText c = RemoveFurniture(text, *Phrases());
  EXPECT_TRUE(Has(c.text, "التقى وزيرا خارجية"));
  EXPECT_TRUE(Has(c.text, "وأكد الجانبان"));
  EXPECT_FALSE(Has(c.text, "الجيش يعلن"));
  EXPECT_FALSE(Has(c.text, "رئيس الوزراء يزور"));
}

TEST(Furniture, ASentenceMentioningCommentsDoesNotCutTheArticle) {
  const std::string text =
      "The minister rejected the comments made by his counterpart on Monday evening in a long "
      "interview.\n\n"
      "He then left for Brussels.\n";
  CleanText c = RemoveFurniture(text, *Phrases());
  EXPECT_TRUE(Has(c.text, "He then left for Brussels."));
}

TEST(HtmlText, KeepsTheArticleAndDropsFurniture) {
  const std::string html = R"(<!doctype html><html lang="en-GB"><head>
    <title>Envoys meet | The Daily Example</title>
    <meta property="article:published_time" content="2025-03-04T09:30:00+00:00">
    <style>p{color:red}</style><script>var x = "Russia attacked Ukraine";</script></head>
    <body><nav><a href="/">Home</a><a href="/w">World</a></nav>
    <header class="site-header">The Daily Example</header>
    <article><h1>Envoys meet</h1><p>Diplomats met in <b>Vienna</b> on Tuesday.</p>
    <div class="share-bar">Share on X</div><p>They agreed to meet again.</p></article>
    <aside><ul><li><a href="/x">Army seizes port city</a></li></ul></aside>
    <div id="cookie-banner">We use cookies.</div>
    <footer>Copyright</footer></body></html>)";
  HtmlArticle a = ExtractHtml(html, *Phrases());
  EXPECT_EQ(a.meta.title, "Envoys meet");
  EXPECT_EQ(a.meta.date, "2025-03-04");
  EXPECT_EQ(a.meta.lang, "en");
  EXPECT_TRUE(Has(a.text, "Diplomats met in Vienna on Tuesday."));
  EXPECT_TRUE(Has(a.text, "They agreed to meet again."));
  EXPECT_FALSE(Has(a.text, "Russia attacked"));
  EXPECT_FALSE(Has(a.text, "Home"));
  EXPECT_FALSE(Has(a.text, "Share on X"));
  EXPECT_FALSE(Has(a.text, "Army seizes"));
  EXPECT_FALSE(Has(a.text, "cookies"));
}

TEST(HtmlText, SurvivesDeepNestingAndGarbage) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>Still here.</p>";
  HtmlArticle a = ExtractHtml(deep, *Phrases());  // must not crash or overflow the stack
  EXPECT_TRUE(ExtractHtml("<<<>>><p unclosed", *Phrases()).text.size() < 100);
  EXPECT_TRUE(ExtractHtml("", *Phrases()).text.empty());
}

TEST(Extract, IdsFollowUrlOrText) {
  RawDocument r;
  r.format = "text";
  r.body = "Baku and Moscow exchanged notes on Friday.";
  auto a = Extract(r, *Phrases());
  ASSERT_TRUE(a.ok());
  r.body = "  Baku and Moscow exchanged notes on Friday.  \n";
  auto b = Extract(r, *Phrases());
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a->id, b->id);
  r.url = "https://example.org/x";
  auto c = Extract(r, *Phrases());
  EXPECT_NE(c->id, a->id);
  r.body = "<html><body><nav>Only a menu</nav></body></html>";
  r.format = "html";
  EXPECT_FALSE(Extract(r, *Phrases()).ok());
}

}  // namespace dyad

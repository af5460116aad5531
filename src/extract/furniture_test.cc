// Plain-text furniture removal on pages written for these tests, one per kind of
// furniture the seeds show (scraped text files): every sentence of the article body must
// survive, no line of furniture may.
#include "extract/furniture.h"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <random>

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

const char* const kBody[] = {
    "Foreign ministers of both countries met in Geneva on Tuesday to discuss the border crossing.",
    "The talks lasted more than five hours, according to a statement from the host government.",
    "Both delegations agreed to meet again before the end of the month, officials said.",
};

std::string Body() {
  std::string s;
  for (const char* p : kBody) s += std::string(p) + "\n\n";
  return s;
}

struct Case {
  const char* name;
  std::string text;
  std::vector<std::string> furniture;
};

}  // namespace

TEST(FurnitureKinds, EachKindGoesAndTheBodyStays) {
  const Case cases[] = {
      {"shop header",
       "Category Menu\n\nNo products in the cart.\n\n" + Body(),
       {"No products in the cart"}},
      {"ad markers", "[ad_1]\n\n" + Body() + "[ad_2]\n\nSource\n", {"[ad_1]", "[ad_2]"}},
      {"newsletter promo",
       Body() + "Sign up for our newsletter and get the headlines every morning\n",
       {"newsletter"}},
      {"read more teasers",
       std::string(kBody[0]) + "\n\nRebels shell the airport again\nRead more »\n\n" + kBody[1] +
           "\n\n" + "Parliament dissolved by decree\nRead more »\n\n" + kBody[2] + "\n",
       {"Rebels shell", "Parliament dissolved", "Read more"}},
      {"comment form",
       Body() + "Leave a Reply\n\nWe never show your email address; starred boxes must be filled "
                "in *\n\nName\nEmail\n",
       {"Leave a Reply", "email address", "Name"}},
      {"tag line",
       Body() + "(tagstotranslate) Geneva (T) border (T) ministers (T) talks\n",
       {"tagstotranslate"}},
      {"site signature and menu",
       "Home\nWorld\nPolitics\nSport\n\n" + Body() + "Northern Ledger\nNL NEWS\nNL\n",
       {"Politics", "NL NEWS"}},
      {"repeated title",
       "Ministers meet in Geneva for border talks\n\nMinisters meet in Geneva for border "
       "talks\n\n" +
           Body(),
       {}},
      {"bullet menu",
       "  • World\n  • Sport\n  • Business\n  • Opinion\n\n" + Body(),
       {"• Sport", "Business"}},
      {"comments link near the top does not cut the article",
       "Comments (4)\n\n" + Body() +
           "Comments\n\nWhat a shame, the minister should resign right now\n",
       {"What a shame"}},
      {"arabic comments and headline list",
       Body() + "التعليقات\n\nالجيش يعلن السيطرة على مدينة جديدة\n\nرئيس الوزراء يزور العاصمة "
                "الأسبوع المقبل\n",
       {"الجيش يعلن", "رئيس الوزراء"}},
  };
  for (const Case& c : cases) {
    CleanText out = RemoveFurniture(c.text, Phrases());
    for (const char* p : kBody)
      EXPECT_NE(out.text.find(p), std::string::npos) << c.name << ": lost " << p;
    for (const auto& f : c.furniture)
      EXPECT_EQ(out.text.find(f), std::string::npos) << c.name << ": kept " << f;
  }
  // A repeated title is kept once.
  CleanText t = RemoveFurniture(cases[7].text, Phrases());
  EXPECT_EQ(t.text.find("Ministers meet in Geneva"), t.text.rfind("Ministers meet in Geneva"));
}

TEST(FurnitureKinds, PhrasesInLongSentencesDoNotCount) {
  const std::string text =
      std::string(kBody[0]) +
      "\n\nThe minister urged his neighbours to join our common effort and to sign up for the "
      "regional newsletter of the customs union, he said.\n\n" +
      kBody[1] + "\n";
  CleanText out = RemoveFurniture(text, Phrases());
  EXPECT_NE(out.text.find("join our common effort"), std::string::npos);
  EXPECT_NE(out.text.find(kBody[1]), std::string::npos);
}

// WordCount reads eight bytes at a time: checked against a byte-at-a-time count on
// random lines of spaces, the other control bytes, ASCII and UTF-8 bytes.
TEST(FurnitureWords, WordCountMatchesByteByByteCount) {
  auto reference = [](std::string_view s) {
    int n = 0;
    bool in = false;
    for (char c : s) {
      const bool sp = std::isspace(static_cast<unsigned char>(c)) != 0;
      if (!sp && !in) ++n;
      in = !sp;
    }
    return n;
  };
  const std::string alphabet = std::string(" \t\n\v\f\r\x08\x0e\x1f!a.") + "\x80\xa0\xd8\xe2\xff";
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    std::string s(rng() % 40, ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    ASSERT_EQ(WordCount(s), reference(s)) << "\"" << s << "\"";
  }
}

TEST(FurniturePhrases, LoadErrorsNameFileAndLine) {
  const std::string dir = testing::TempDir() + "/dyad_furniture_bad";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/x.tsv") << "# comment\nen\tline\tok\nen\tnonsense\tphrase\n";
  auto r = FurniturePhrases::Load(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("x.tsv:3: unknown kind"), std::string::npos)
      << r.status().message();
  EXPECT_FALSE(FurniturePhrases::Load(dir + "/missing").ok());
}

}  // namespace dyad

#include <gtest/gtest.h>

#include "text/analyze.h"
#include "text/arabic.h"
#include "text/langid.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/stem.h"
#include "text/tokenize.h"

namespace dyad {
namespace {

std::vector<std::string> Norms(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : Tokenize(text, 0, text.size())) out.push_back(t.norm);
  return out;
}

std::vector<std::string> Stems(std::string_view word) {
  ArabicStem s[8];
  const int n = ArabicStems(word, s);
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.emplace_back(s[i].stem);
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

TEST(Normalize, ArabicFoldsAndDigits) {
  EXPECT_EQ(NormalizeWord("أذربيجان"), "اذربيجان");
  EXPECT_EQ(NormalizeWord("إيران"), "ايران");
  EXPECT_EQ(NormalizeWord("الروسيّة"), "الروسيه");    // shadda removed, teh marbuta folded
  EXPECT_EQ(NormalizeWord("مـــوسكو"), "موسكو");      // tatweel
  EXPECT_EQ(NormalizeWord("مستشفى"), "مستشفي");       // alef maqsura
  EXPECT_EQ(NormalizeWord("٢٠٢٥"), "2025");
  EXPECT_EQ(NormalizeWord("۱۴۰۴"), "1404");
  EXPECT_EQ(NormalizeWord("ایران"), "ايران");          // Persian yeh
  EXPECT_EQ(NormalizeWord("İstanbul"), "istanbul");
  EXPECT_EQ(NormalizeWord("Kremlin"), "kremlin");
  EXPECT_EQ(NormalizeWord("ＡＢＣ"), "abc");           // NFKC
}

TEST(Arabic, CliticCandidatesWithoutBreakingNames) {
  EXPECT_TRUE(Contains(Stems(NormalizeWord("والكرملين")), "كرملين"));
  EXPECT_TRUE(Contains(Stems(NormalizeWord("للرئيس")), "رئيس"));
  EXPECT_TRUE(Contains(Stems(NormalizeWord("بموسكو")), "موسكو"));
  auto baku = Stems(NormalizeWord("باكو"));
  EXPECT_EQ(baku.front(), "باكو");  // the whole word comes first
  ArabicStem s[8];
  const int n = ArabicStems(NormalizeWord("سيزور"), s);
  bool future = false;
  for (int i = 0; i < n; ++i) future |= s[i].stem == "يزور" && s[i].future;
  EXPECT_TRUE(future);
  EXPECT_EQ(ArabicLexiconForm(NormalizeWord("الشرطة")), "شرطه");
  EXPECT_EQ(ArabicLexiconForm(NormalizeWord("لبنان")), "لبنان");
}

TEST(Tokenize, OffsetsAbbreviationsPossessives) {
  const std::string text = "The U.S. and Russia's Gen. Ivanov paid 3.5 million, didn't he?";
  auto toks = Tokenize(text, 0, text.size());
  std::vector<std::string> n;
  for (auto& t : toks) {
    n.push_back(t.norm);
    EXPECT_EQ(NormalizeWord(text.substr(t.span.begin, t.span.size())), t.norm);
  }
  EXPECT_TRUE(Contains(n, "u.s."));
  EXPECT_TRUE(Contains(n, "'s"));
  EXPECT_TRUE(Contains(n, "gen."));
  EXPECT_TRUE(Contains(n, "3.5"));
  EXPECT_TRUE(Contains(n, "didn't"));
  EXPECT_EQ(Norms("Nagorno-Karabakh"), (std::vector<std::string>{"nagorno", "-", "karabakh"}));
}

TEST(Sentences, SplitsOnPunctuationAndLinesNotAbbreviations) {
  const std::string text =
      "Gen. Petrov met Dr. Aliyeva in the U.S. capital. Talks went well!\n"
      "A headline without a stop\n"
      "قال الوزير إن المحادثات مثمرة. وأضاف أنها ستستمر؟ نعم.";
  auto s = SplitSentences(text, Tokenize(text, 0, text.size()));
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(text.substr(s[0].span.begin, s[0].span.size()), "Gen. Petrov met Dr. Aliyeva in the U.S. capital.");
  EXPECT_EQ(text.substr(s[2].span.begin, s[2].span.size()), "A headline without a stop");
}

TEST(Sentences, BoundsHugeSentences) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "word ";
  auto s = SplitSentences(text, Tokenize(text, 0, text.size()), 200);
  EXPECT_EQ(s.size(), 250u);
}

TEST(Stem, EnglishAndRussian) {
  EXPECT_EQ(StemWord("en", "arrested"), StemWord("en", "arrest"));
  EXPECT_EQ(StemWord("en", "raids"), StemWord("en", "raided"));
  EXPECT_EQ(StemWord("ar", "اعتقل"), "اعتقل");  // Arabic is not stemmed
  EXPECT_EQ(StemWord("ru", "арестовали"), StemWord("ru", "арестовал"));
}

TEST(LangId, CommonLanguagesAndShortText) {
  EXPECT_EQ(DetectLanguage("The foreign ministry summoned the ambassador on Monday to protest the arrests."), "en");
  EXPECT_EQ(DetectLanguage("استدعت وزارة الخارجية السفير يوم الاثنين احتجاجا على الاعتقالات الأخيرة."), "ar");
  EXPECT_EQ(DetectLanguage("Министерство иностранных дел вызвало посла в понедельник в знак протеста."), "ru");
  EXPECT_EQ(DetectLanguage("باكو"), "ar");  // too short for CLD2: script decides
  EXPECT_EQ(DetectLanguage(""), "un");
}

TEST(Analyze, SentenceLanguageFollowsScript) {
  auto s = AnalyzeText("Baku protested.\nقالت موسكو إنها تدرس الأمر.", "en");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].lang, "en");
  EXPECT_EQ(s[1].lang, "ar");
  EXPECT_EQ(s[0].tokens[1].key, StemWord("en", "protested"));
}

}  // namespace dyad

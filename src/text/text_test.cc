#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "core/utf8.h"
#include "text/analyze.h"
#include "text/arabic.h"
#include "text/langid.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/stem.h"
#include "text/text_data.h"
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

// The forms phrase indexes try for a word.
std::vector<std::string> Readings(const std::string& word) {
  std::vector<std::string> restored, out;
  ArabicReading r[kMaxArabicReadings];
  const int n = ArabicReadings(word, &restored, r);
  for (int i = 0; i < n; ++i) out.emplace_back(r[i].form);
  return out;
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

TEST(Arabic, ReadingsWithoutPronounSuffixes) {
  EXPECT_TRUE(Contains(Readings(NormalizeWord("علاقاتها")), "علاقات"));
  EXPECT_TRUE(Contains(Readings(NormalizeWord("اعتقلته")), "اعتقلت"));
  // A past verb of "they" with an object pronoun is read with the alef it drops.
  EXPECT_TRUE(Contains(Readings(NormalizeWord("اختطفوه")), "اختطفوا"));
  EXPECT_TRUE(Contains(Readings(NormalizeWord("واحتجزوهم")), "احتجزوا"));
  // (Not a short word that ends so: "وجوه" is faces.)
  EXPECT_FALSE(Contains(Readings(NormalizeWord("وجوه")), "وجوا"));
}

TEST(Arabic, PrepositionBeforeName) {
  EXPECT_EQ(PrepositionBeforeName(NormalizeWord("لليبيا"), "ليبيا"), "ل");
  EXPECT_EQ(PrepositionBeforeName(NormalizeWord("للصين"), "الصين"), "ل");
  EXPECT_EQ(PrepositionBeforeName(NormalizeWord("وببغداد"), "بغداد"), "ب");
  EXPECT_EQ(PrepositionBeforeName(NormalizeWord("لبنان"), "لبنان"), "");
  EXPECT_EQ(PrepositionBeforeName(NormalizeWord("موسكو"), "موسكو"), "");
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
  // An executive is no execution, though Porter2 gives both "execut".
  EXPECT_EQ(StemWord("en", "executed"), StemWord("en", "execution"));
  EXPECT_NE(StemWord("en", "executive"), StemWord("en", "executed"));
  EXPECT_EQ(StemWord("en", "executives"), StemWord("en", "executive"));
  // Nor are explosives an explosion.
  EXPECT_NE(StemWord("en", "explosives"), StemWord("en", "explosion"));
  EXPECT_EQ(StemWord("en", "explosives"), StemWord("en", "explosive"));
  // Nor is a Protestant a protest.
  EXPECT_NE(StemWord("en", "protestant"), StemWord("en", "protest"));
  EXPECT_EQ(StemWord("en", "protested"), StemWord("en", "protest"));
  EXPECT_NE(StemWord("en", "firefighters"), StemWord("en", "firefight"));
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

// --- Added with the multilingual text layer (issue 3) ---------------------------------

namespace dyad {
namespace {

// Random strings over an alphabet of the characters the fast paths special-case.
std::string RandomText(std::mt19937& rng, size_t n) {
  static const std::vector<std::string> kPieces = {
      "a", "Z", "I", "i", "ı", "İ", "é", "e\u0301", "ß", "ё", "Ї", "ə", " ", "\n", ".", "'", "’",
      "ا", "\u0654", "\u0653", "و", "ة", "\u064B", "\u0651", "ـ", "\u200C", "ی", "ک", "ۀ", "٣", "٫",
      "۴", "ﻻ", "Ａ", "\u0307", "5", ",", "\xff", "\xc3", "\xed\xa0\x80", "😀", "北", "ก", "\u200F",
      "\u00AD", "«", "»", "؟", "،", "-", "U.S.", "Gen.", "\r\n", "\t"};
  std::uniform_int_distribution<size_t> pick(0, kPieces.size() - 1);
  std::string s;
  while (s.size() < n) s += kPieces[pick(rng)];
  return s;
}

}  // namespace

TEST(Normalize, FastPathAgreesWithTheIcuReference) {
  std::mt19937 rng(11);
  for (int trial = 0; trial < 20000; ++trial) {
    const std::string w = RandomText(rng, 1 + trial % 12);
    ASSERT_EQ(NormalizeWord(w), NormalizeWordSlow(w)) << "word: " << w;
  }
}

TEST(Normalize, PersianUrduAndTurkishFolds) {
  EXPECT_EQ(NormalizeWord("خانهٔ"), "خانه");            // ezafe hamza on heh
  EXPECT_EQ(NormalizeWord("کشور"), "كشور");
  EXPECT_EQ(NormalizeWord("می\u200Cگوید"), "ميگويد");  // ZWNJ dropped
  EXPECT_EQ(NormalizeWord("پاکستانے"), "پاكستاني");     // Urdu yeh barree
  EXPECT_EQ(NormalizeWord("IRAKLI"), NormalizeWord("Iraklı"));
  EXPECT_EQ(NormalizeWord("i\u0307stanbul"), "istanbul");
  EXPECT_EQ(NormalizeWord("co\u00ADoperation"), "cooperation");
  EXPECT_EQ(NormalizeWord("\xff"), "\uFFFD");
}

TEST(NormalizeText, MapsEveryByteBackToTheOriginal) {
  const std::string text = "Gen. ÉLYSÉE\u00A0met   أَحْمَد in ٢٠٢٥\r\nﻻ e\u0301";
  const NormalizedText n = NormalizeText(text);
  ASSERT_EQ(n.to_orig.size(), n.text.size() + 1);
  for (size_t i = 1; i < n.to_orig.size(); ++i) EXPECT_LE(n.to_orig[i - 1], n.to_orig[i]);
  EXPECT_EQ(n.to_orig.back(), text.size());
  // Find words in the normalised text and cut them from the original by the map.
  auto cut = [&](std::string_view norm_word) {
    const size_t at = n.text.rfind(norm_word);
    EXPECT_NE(at, std::string::npos) << norm_word;
    const Span s = n.ToOriginal(at, at + norm_word.size());
    return text.substr(s.begin, s.size());
  };
  EXPECT_EQ(cut("élysée"), "ÉLYSÉE");
  EXPECT_EQ(cut("احمد"), "أَحْمَد");  // the vowel marks dropped after the last letter come along
  EXPECT_EQ(cut("2025"), "٢٠٢٥");
  EXPECT_EQ(cut("لا"), "ﻻ");
  EXPECT_EQ(cut("é"), "e\u0301");
  EXPECT_NE(n.text.find("met   "), std::string::npos);  // spaces kept (NBSP → space)
  EXPECT_EQ(n.text.find('\r'), std::string::npos);
}

TEST(NormalizeText, InvalidBytesKeepValidOffsets) {
  const std::string text = "a\xff\xfe b\xed\xa0\x80 c";
  const NormalizedText n = NormalizeText(text);
  EXPECT_EQ(utf8::FirstInvalid(n.text), std::string::npos);
  for (uint32_t o : n.to_orig) EXPECT_LE(o, text.size());
}

TEST(Tokenize, ScriptsDigitsAndLimits) {
  EXPECT_EQ(Norms("CNNعربي"), (std::vector<std::string>{"cnn", "عربي"}));  // script change
  EXPECT_EQ(Norms("北京"), (std::vector<std::string>{"北", "京"}));        // Han: one per letter
  EXPECT_EQ(Norms("٣٫٥ ١٬٠٠٠"), (std::vector<std::string>{"3.5", "1,000"}));
  EXPECT_EQ(Norms("سازمان\u200Cهای"), (std::vector<std::string>{"سازمانهاي"}));
  EXPECT_EQ(Norms("z.B. EE.UU."), (std::vector<std::string>{"z.b.", "ee.uu."}));
  const std::string long_word(1 << 20, 'a');
  const auto toks = Tokenize(long_word, 0, long_word.size());
  EXPECT_EQ(toks.size(), (long_word.size() + kMaxTokenBytes - 1) / kMaxTokenBytes);
  for (const auto& t : toks) EXPECT_LE(t.span.size(), kMaxTokenBytes);
}

TEST(Tokenize, NeverLosesOrOverlapsBytesOnRandomInput) {
  std::mt19937 rng(5);
  for (int trial = 0; trial < 300; ++trial) {
    const std::string text = RandomText(rng, 200);
    const auto toks = Tokenize(text, 0, text.size(), trial % 2 ? "ar" : "en");
    uint32_t prev_end = 0;
    for (const auto& t : toks) {
      ASSERT_LT(t.span.begin, t.span.end);
      ASSERT_LE(t.span.end, text.size());
      ASSERT_GE(t.span.begin, prev_end);
      // Between tokens only white space, joiners and control characters.
      EXPECT_EQ(Tokenize(text, prev_end, t.span.begin).size(), 0u) << text.substr(prev_end, t.span.begin - prev_end);
      prev_end = t.span.end;
    }
    const auto sentences = AnalyzeText(text, trial % 2 ? "ar" : "en");
    size_t n = 0;
    for (const auto& s : sentences) {
      ASSERT_FALSE(s.tokens.empty());
      EXPECT_EQ(s.span.begin, s.tokens.front().span.begin);
      EXPECT_EQ(s.span.end, s.tokens.back().span.end);
      n += s.tokens.size();
    }
    EXPECT_EQ(n, toks.size());
  }
}

TEST(Sentences, MegabyteWithoutPunctuationIsBoundedAndFast) {
  std::string text;
  while (text.size() < (1u << 20)) text += "الوفد يواصل المحادثات مع الجانب الآخر ";
  const auto t0 = std::chrono::steady_clock::now();
  const auto s = AnalyzeText(text, "ar");
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_FALSE(s.empty());
  for (const auto& x : s) EXPECT_LE(x.tokens.size(), 200u);
  EXPECT_LT(secs, 5.0);  // tens of milliseconds in practice; generous for loaded machines
}

TEST(Sentences, AbbreviationListsComeFromData) {
  const TextData& d = TextData::Get();
  EXPECT_TRUE(d.problems().empty()) << d.problems().front();
  EXPECT_EQ(d.Abbreviation("en", "gen"), AbbreviationKind::kTitle);
  EXPECT_EQ(d.Abbreviation("en", "u.s"), AbbreviationKind::kPlain);
  EXPECT_EQ(d.Abbreviation("es", "ee.uu"), AbbreviationKind::kPlain);
  EXPECT_EQ(d.Abbreviation("en", "the"), AbbreviationKind::kNone);
  EXPECT_TRUE(d.IsSentenceStarter("en", "the"));
}

TEST(Arabic, SegmentsAreBoundedAndStartWithTheWord) {
  for (const char* w : {"وبالكرملين", "فسيزورونهم", "لللل", "بوتين", "و", ""}) {
    const std::string n = NormalizeWord(w);
    const auto segs = ArabicSegments(n, "ar", w);
    ASSERT_FALSE(segs.empty());
    EXPECT_EQ(segs.front().stem, n);
    EXPECT_LE(segs.size(), kMaxArabicSegmentations);
    for (const auto& s : segs) EXPECT_LE(s.stripped, 5);
  }
  EXPECT_EQ(ArabicSegments("kremlin", "ar").size(), 1u);  // not Arabic script
}

TEST(LangId, RestrictionAndStrongCues) {
  LanguageOptions in_arabic_doc;
  in_arabic_doc.hint = "ar";
  in_arabic_doc.likely = {"ar", "en"};
  // A short Arabic-script sentence stays Arabic; a clearly Persian one is Persian.
  EXPECT_EQ(IdentifyLanguage("قالت موسكو إنها تدرس الأمر.", in_arabic_doc).lang, "ar");
  EXPECT_EQ(IdentifyLanguage("وزارت امور خارجه ایران روز سه‌شنبه سفیر را احضار کرد.", in_arabic_doc).lang, "fa");
  EXPECT_EQ(IdentifyLanguage("The talks will resume on Monday.", in_arabic_doc).lang, "en");
  LanguageOptions in_russian_doc;
  in_russian_doc.likely = {"ru", "en"};
  EXPECT_EQ(IdentifyLanguage("Переговоры продолжатся.", in_russian_doc).lang, "ru");
  EXPECT_EQ(IdentifyLanguage("Україна не має наміру втручатися у внутрішні справи.", in_russian_doc).lang, "uk");
  // Spanish and Portuguese on short text, by their letters and function words.
  EXPECT_EQ(DetectLanguage("El ministro llegó a España."), "es");
  EXPECT_EQ(DetectLanguage("O ministro não chegou ontem."), "pt");
  EXPECT_EQ(DetectLanguage("12345 !!!"), "un");
  EXPECT_EQ(DetectLanguage("12345 !!!", "fr"), "fr");
  EXPECT_EQ(ScriptOfLanguage("uk"), "Cyrillic");
}

}  // namespace dyad

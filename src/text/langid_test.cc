// Language identification accuracy on dyad's own labelled sentences
// (data/text/langid/<lang>.txt, one news-like sentence per line, written for dyad).
// Prints the accuracy table and checks ≥ 0.99 per language on sentences of 40+
// characters, freely and restricted to the twelve languages dyad expects.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>

#include <cld2/public/compact_lang_det.h>

#include "core/utf8.h"
#include "text/langid.h"

namespace dyad {
namespace {

const std::vector<std::string> kLangs = {"en", "ar", "fa", "ru", "tr", "az", "ur", "uk", "he", "fr", "de", "es"};

using utf8::CodePoints;

std::vector<std::string> Sentences(const std::string& lang) {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/data/text/langid/" + lang + ".txt");
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') out.push_back(line);
  return out;
}

// The first words of s, at most max code points (a short sentence from a long one).
std::string Prefix(const std::string& s, size_t max) {
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t sp = s.find(' ', pos);
    if (sp == std::string::npos) sp = s.size();
    const std::string next = out + (out.empty() ? "" : " ") + s.substr(pos, sp - pos);
    if (CodePoints(next) > max) break;
    out = next;
    pos = sp + 1;
  }
  return out;
}

// CLD2 on its own (its top language, "iw" read as "he"): the baseline dyad improves on.
std::string Cld2Alone(const std::string& s) {
  bool reliable = false;
  const CLD2::Language l = CLD2::DetectLanguage(s.data(), static_cast<int>(s.size()), true, &reliable);
  std::string code = CLD2::LanguageCode(l);
  return code == "iw" ? "he" : code;
}

struct Row {
  int n = 0, ok = 0, cld2_ok = 0;
  std::map<std::string, int> wrong;
  double accuracy() const { return n ? static_cast<double>(ok) / n : 0; }
};

std::map<std::string, Row> Evaluate(size_t max_chars, const LanguageOptions& opts, bool print_errors) {
  std::map<std::string, Row> rows;
  for (const auto& lang : kLangs) {
    Row& r = rows[lang];
    for (const auto& full : Sentences(lang)) {
      const std::string s = max_chars ? Prefix(full, max_chars) : full;
      const std::string got = IdentifyLanguage(s, opts).lang;
      ++r.n;
      r.cld2_ok += Cld2Alone(s) == lang;
      if (got == lang) {
        ++r.ok;
      } else {
        ++r.wrong[got];
        if (print_errors) std::printf("  %s as %s: %s\n", lang.c_str(), got.c_str(), s.c_str());
      }
    }
  }
  return rows;
}

void Print(const char* title, const std::map<std::string, Row>& rows) {
  std::printf("%s\n  lang     n  correct  accuracy  CLD2 alone  confused with\n", title);
  for (const auto& lang : kLangs) {
    const Row& r = rows.at(lang);
    std::string wrong;
    for (const auto& [l, k] : r.wrong) wrong += l + ":" + std::to_string(k) + " ";
    std::printf("  %-4s %5d  %7d  %8.3f  %10.3f  %s\n", lang.c_str(), r.n, r.ok, r.accuracy(),
                r.n ? static_cast<double>(r.cld2_ok) / r.n : 0.0, wrong.c_str());
  }
}

}  // namespace

TEST(LangIdAccuracy, LabelledSetIsBigEnoughAndLongEnough) {
  for (const auto& lang : kLangs) {
    const auto s = Sentences(lang);
    EXPECT_GE(s.size(), 60u) << lang;
    for (const auto& line : s) EXPECT_GE(CodePoints(line), 40u) << lang << ": " << line;
  }
}

TEST(LangIdAccuracy, SentencesOfFortyCharactersOrMore) {
  const auto rows = Evaluate(0, {}, true);
  Print("Language id, sentences of 40+ characters, no restriction:", rows);
  for (const auto& lang : kLangs) EXPECT_GE(rows.at(lang).accuracy(), 0.99) << lang;
}

TEST(LangIdAccuracy, RestrictedToExpectedLanguages) {
  LanguageOptions opts;
  opts.likely = kLangs;
  const auto rows = Evaluate(0, opts, true);
  Print("Language id, sentences of 40+ characters, restricted to the 12 languages:", rows);
  for (const auto& lang : kLangs) EXPECT_GE(rows.at(lang).accuracy(), 0.99) << lang;
}

// Short text (the first words of each sentence, at most 30 characters): reported, and
// held to a lower bar, since a few words can be ambiguous even to a reader.
TEST(LangIdAccuracy, ShortPrefixes) {
  const auto rows = Evaluate(30, {}, true);
  Print("Language id, first words (<= 30 characters), no restriction:", rows);
  LanguageOptions opts;
  opts.likely = kLangs;
  const auto restricted = Evaluate(30, opts, false);
  Print("Language id, first words (<= 30 characters), restricted to the 12 languages:", restricted);
  for (const auto& lang : kLangs) EXPECT_GE(restricted.at(lang).accuracy(), 0.9) << lang;
}

// A document is identified from windows at its start, its end and between, not from its
// opening: one that opens in one language but is mostly in another is identified by
// the majority, and a whole document of labelled sentences by their language.
TEST(DetectLanguage, LongDocumentByItsMajority) {
  auto join = [](const std::vector<std::string>& s, size_t n) {
    std::string out;
    for (size_t i = 0; i < n && i < s.size(); ++i) out += s[i] + (i % 4 == 3 ? "\n\n" : " ");
    return out;
  };
  const auto en = Sentences("en"), ar = Sentences("ar"), ru = Sentences("ru"), fr = Sentences("fr");
  ASSERT_GE(std::min({en.size(), ar.size(), ru.size(), fr.size()}), 40u);
  EXPECT_EQ(DetectLanguage(join(en, 8) + join(ar, 40)), "ar");
  EXPECT_EQ(DetectLanguage(join(ar, 8) + join(en, 40)), "en");
  EXPECT_EQ(DetectLanguage(join(en, 8) + join(ru, 40)), "ru");
  EXPECT_EQ(DetectLanguage(join(en, 8) + join(fr, 40)), "fr");
  EXPECT_EQ(DetectLanguage(join(fr, 40) + join(en, 8)), "fr");
  for (const auto& lang : kLangs) EXPECT_EQ(DetectLanguage(join(Sentences(lang), 60)), lang) << lang;
}

// Up to the sample size the whole text is read: short text is identified as before.
TEST(DetectLanguage, ShortTextWhole) {
  for (const auto& lang : kLangs)
    for (const auto& s : Sentences(lang)) {
      if (s.size() <= 512) {
        EXPECT_EQ(DetectLanguage(s), IdentifyLanguage(s).lang) << s;
      }
    }
}

}  // namespace dyad

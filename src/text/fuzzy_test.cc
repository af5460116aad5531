#include "text/fuzzy.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "text/text_data.h"

namespace dyad {
namespace {

uint32_t Best(const FuzzyIndex& idx, std::string_view q) {
  auto m = idx.Lookup(q);
  return m.empty() ? 0 : m.front().payload;
}

// The textbook full-matrix distance, as the reference the banded one is checked against.
int ReferenceOsa(const std::string& a, const std::string& b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i)
    for (size_t j = 1; j <= m; ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

}  // namespace

// Plain ASCII skips ICU: the keys must be those the ICU chain gives, for every ASCII
// character inside a word and for every ASCII name and common word dyad ships.
TEST(TransliterationKey, AsciiPathAgreesWithIcu) {
  std::vector<std::string> words = {"Yekaterinburg", "O'Brien", "al-Assad", "U.S.", "Kyiv's", "x`y", "1,000.5"};
  for (int c = 1; c < 0x80; ++c) words.push_back(std::string("Ab") + static_cast<char>(c) + "cD");
  for (const auto& w : TextData::Get().FuzzyCommonWords()) words.push_back(w);
  for (const auto& e : std::filesystem::directory_iterator(std::string(DYAD_SOURCE_DIR) + "/data/actors")) {
    if (e.path().extension() != ".tsv") continue;
    std::ifstream in(e.path());
    std::string line;
    while (std::getline(in, line)) {
      const size_t a = line.find('\t'), b = line.find('\t', a + 1);
      if (!line.starts_with("#") && a != std::string::npos) words.push_back(line.substr(a + 1, b - a - 1));
    }
  }
  size_t ascii = 0;
  for (const auto& w : words) {
    if (std::any_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) continue;
    ++ascii;
    EXPECT_EQ(TransliterationKey(w), TransliterationKeySlow(w)) << "name: " << w;
  }
  EXPECT_GT(ascii, 1000u);
}

TEST(TransliterationKey, MergesSpellingsOfOneName) {
  EXPECT_EQ(TransliterationKey("Aliyev"), TransliterationKey("Aliev"));
  EXPECT_EQ(TransliterationKey("Əliyev"), TransliterationKey("Aliyev"));
  EXPECT_EQ(TransliterationKey("Алиев"), TransliterationKey("Aliyev"));
  EXPECT_EQ(TransliterationKey("Zelensky"), TransliterationKey("Zelenskyy"));
  EXPECT_EQ(TransliterationKey("Zelenskiy"), TransliterationKey("Зеленский"));
  EXPECT_EQ(TransliterationKey("Екатеринбург"), TransliterationKey("Yekaterinburg"));
  EXPECT_EQ(TransliterationKey("Şuşa"), TransliterationKey("Shusha"));
  EXPECT_EQ(TransliterationKey("Çavuşoğlu"), TransliterationKey("Chavushoglu"));
  EXPECT_EQ(TransliterationKey("Степанакерт"), "stepanakert");
  EXPECT_EQ(TransliterationKey("Nagorno-Karabakh"), "nagorno karabah");
  EXPECT_EQ(TransliterationKey(""), "");
  EXPECT_EQ(TransliterationKey("\xff\xfe"), "");  // invalid UTF-8: no letters, no crash
}

TEST(BoundedEditDistance, MatchesTheFullMatrixWithinTheBound) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> len(0, 9), ch(0, 3);
  for (int trial = 0; trial < 3000; ++trial) {
    std::string a, b;
    for (int k = len(rng); k > 0; --k) a += static_cast<char>('a' + ch(rng));
    for (int k = len(rng); k > 0; --k) b += static_cast<char>('a' + ch(rng));
    const int ref = ReferenceOsa(a, b);
    for (int bound = 0; bound <= 3; ++bound)
      ASSERT_EQ(BoundedEditDistance(a, b, bound), ref <= bound ? ref : bound + 1) << a << " " << b << " " << bound;
  }
  EXPECT_EQ(BoundedEditDistance("stepankert", "stepanakert", 2), 1);
  EXPECT_EQ(BoundedEditDistance("abcd", "abdc", 1), 1);  // a swap is one edit
}

TEST(FuzzyIndex, FindsTransliterationAndTranslationVariants) {
  FuzzyIndex idx;
  idx.Add("Yekaterinburg", 1);
  idx.Add("Ilham Aliyev", 2);
  idx.Add("Aliyev", 2);
  idx.Add("Stepanakert", 3);
  idx.Add("Baku", 4);
  idx.Add("Paris", 5);
  idx.Add("Slovakia", 6);
  idx.Add("Slovenia", 7);
  EXPECT_EQ(Best(idx, "Yektrinburg"), 1u);
  EXPECT_EQ(Best(idx, "Екатеринбург"), 1u);
  EXPECT_EQ(Best(idx, "Aliev"), 2u);
  EXPECT_EQ(Best(idx, "Əliyev"), 2u);
  EXPECT_EQ(Best(idx, "Алиев"), 2u);
  EXPECT_EQ(Best(idx, "Ilham Aliev"), 2u);
  EXPECT_EQ(Best(idx, "Stepankert"), 3u);
  EXPECT_EQ(Best(idx, "Baku"), 4u);
  EXPECT_EQ(idx.Lookup("Stepankert").front().distance, 1);
  EXPECT_EQ(idx.Lookup("Slovakia").front().payload, 6u);  // the exact name beats its neighbour
  EXPECT_EQ(idx.Lookup("Slovakia").front().distance, 0);
}

TEST(FuzzyIndex, NeverMatchesShortOrCommonWords) {
  FuzzyIndex idx;
  idx.Add("Paris", 1);
  idx.Add("Iran", 2);
  idx.Add("Oman", 3);
  idx.Add("Minsk", 4);
  idx.Add("Prussia", 5);
  idx.Add("Mosul", 6);
  idx.Add("Ministry", 7);  // a name that looks like a common word still matches exactly
  EXPECT_TRUE(idx.Lookup("Parts").empty());
  EXPECT_TRUE(idx.Lookup("Pairs").empty());
  EXPECT_TRUE(idx.Lookup("Iraq").empty());
  EXPECT_TRUE(idx.Lookup("omen").empty());
  EXPECT_TRUE(idx.Lookup("Mines").empty());
  EXPECT_TRUE(idx.Lookup("Russia").empty());   // different first letter
  EXPECT_TRUE(idx.Lookup("Moscow").empty());
  EXPECT_TRUE(idx.Lookup("Minister").empty());  // a common word: no fuzzy match
  EXPECT_EQ(Best(idx, "Ministry"), 7u);
  EXPECT_TRUE(idx.Lookup("").empty());
  EXPECT_TRUE(idx.Lookup("…").empty());
}

TEST(FuzzyIndex, BoundGrowsWithLength) {
  FuzzyIndex idx;
  EXPECT_EQ(idx.MaxDistance(4), 0);
  EXPECT_EQ(idx.MaxDistance(5), 0);
  EXPECT_EQ(idx.MaxDistance(6), 1);
  EXPECT_EQ(idx.MaxDistance(9), 2);
  EXPECT_EQ(idx.MaxDistance(13), 3);
}

}  // namespace dyad

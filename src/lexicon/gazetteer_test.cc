#include "lexicon/gazetteer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "text/analyze.h"
#include "text/normalize.h"

namespace dyad {
namespace {

const Gazetteer& Data() {
  static std::shared_ptr<const Gazetteer> g = [] {
    std::vector<std::string> problems;
    auto r = Gazetteer::Load({std::string(DYAD_SOURCE_DIR) + "/data/places"}, &problems);
    EXPECT_TRUE(r.ok()) << r.status().message();
    for (const auto& p : problems) ADD_FAILURE() << p;
    return *r;
  }();
  return *g;
}

std::string TempDir(const std::string& name) {
  const std::string d = testing::TempDir() + "/" + name;
  std::filesystem::remove_all(d);
  std::filesystem::create_directories(d);
  return d;
}

// The GeoNames ids a text's first token range names, looked up as the recogniser does.
std::vector<int64_t> Ids(const std::string& text, const std::string& lang) {
  auto sentences = AnalyzeText(text, lang);
  std::vector<int64_t> out;
  if (sentences.empty()) return out;
  PhraseMatch m = Data().MatchAt(sentences[0].tokens, 0);
  if (!m.found()) return out;
  for (const auto& s : Data().name(m.payload).senses) out.push_back(Data().place(s.place).geonameid);
  return out;
}

bool Has(const std::vector<int64_t>& ids, int64_t id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

TEST(Gazetteer, LoadsTheProjectData) {
  const Gazetteer& g = Data();
  EXPECT_GT(g.place_count(), 35000u);
  EXPECT_GT(g.name_count(), 100000u);
  const int64_t baku = g.FindId(587084);
  ASSERT_GE(baku, 0);
  EXPECT_EQ(g.place(baku).country, "AZ");
  EXPECT_NEAR(g.place(baku).lat, 40.38, 0.05);
  EXPECT_EQ(g.FindCountry("AZE"), g.FindCountry("AZ"));
  EXPECT_TRUE(g.place(g.FindCountry("RU")).is_country());
  EXPECT_GE(g.FindAdmin1("US", "LA"), 0);
}

TEST(Gazetteer, NamesInEveryLanguage) {
  EXPECT_TRUE(Has(Ids("Baku", "en"), 587084));
  EXPECT_TRUE(Has(Ids("وباكو", "ar"), 587084));  // clitic و stripped
  EXPECT_TRUE(Has(Ids("باکو", "fa"), 587084));
  EXPECT_TRUE(Has(Ids("Баку", "ru"), 587084));
  EXPECT_TRUE(Has(Ids("Екатеринбурге", "ru"), 1486209));  // a case form, by stem
  EXPECT_TRUE(Has(Ids("Bakü", "tr"), 587084));
  EXPECT_TRUE(Has(Ids("Nagorno-Karabakh", "en"), 0));  // hand-added region, no GeoNames id
  EXPECT_TRUE(Has(Ids("قطاع غزة", "ar"), 281132));
}

TEST(Gazetteer, FuzzyFindsMachineTranslatedSpellings) {
  const Gazetteer& g = Data();
  bool found = false;
  for (uint32_t n : g.Fuzzy("yektrinburg", 2))
    for (const auto& s : g.name(n).senses) found = found || g.place(s.place).geonameid == 1486209;
  EXPECT_TRUE(found);
  EXPECT_TRUE(g.Fuzzy("baku", 2).empty());  // too short to guess
}

// Whether an Arabic-script spelling (written naturally, normalised here) is found as a
// variant of the place with this GeoNames id.
bool VariantOf(const std::string& words, int64_t id) {
  std::string norm;
  for (const auto& w : PhraseWords(words)) norm += (norm.empty() ? "" : " ") + NormalizeWord(w);
  for (uint32_t n : Data().ArabicVariants(norm))
    for (const auto& s : Data().name(n).senses)
      if (Data().place(s.place).geonameid == id) return true;
  return false;
}

TEST(Gazetteer, ArabicTransliterationKeys) {
  auto key = [](const std::string& w) { return ArabicTransliterationKey(NormalizeWord(w)); };
  // One class for the letters of one foreign sound; vowel letters dropped.
  EXPECT_EQ(key("جروزني"), key("غروزني"));
  EXPECT_EQ(key("يكاترنبورغ"), key("يكاترينبورغ"));
  EXPECT_EQ(key("پيونگ"), key("بيونغ"));
  EXPECT_EQ(key("چاد"), key("تشاد"));
  EXPECT_EQ(key("يكاترنبورغ"), "GTRNBRG");
  // Consonants with a vowel between stay two; a doubled one is one.
  EXPECT_NE(key("باتريوت"), key("باتروورت"));
  EXPECT_EQ(key("Grozny"), "");  // not Arabic script
}

TEST(Gazetteer, ArabicSpellingVariantsOfForeignNames) {
  EXPECT_TRUE(VariantOf("جروزني", 558418));      // Grozny, Egyptian ج for g
  EXPECT_TRUE(VariantOf("يكاترنبورغ", 1486209));  // Yekaterinburg, a vowel letter fewer
  EXPECT_TRUE(VariantOf("جاكرتا", 1642911));      // Jakarta
  EXPECT_TRUE(VariantOf("بيونغ يانغ", 1871859));  // Pyongyang, two words
  // Arabic words that share a key with a name: the ends or the spelling differ.
  EXPECT_TRUE(Data().ArabicVariants(NormalizeWord("مقتل")).empty());   // "killing", not Meiktila
  EXPECT_TRUE(Data().ArabicVariants(NormalizeWord("مركز")).empty());   // "centre", not Markazi
  EXPECT_TRUE(Data().ArabicVariants(NormalizeWord("صندوق")).empty());  // "fund", not Sanandaj
  EXPECT_TRUE(Data().ArabicVariants(NormalizeWord("بكين")).empty());  // three consonants: too short to guess
}

TEST(Gazetteer, ReportsBadUserLines) {
  const std::string dir = TempDir("gaz_bad");
  std::ofstream(dir + "/mine.tsv") << "# a user gazetteer\n"
                                   << "-\tPPL\tAZ\t\t40.1\t49.9\t1000\tGoodtown\ten:Good Town\n"
                                   << "-\tPPL\tAZ\t\t140.1\t49.9\t1000\tNorthpoleish\n"
                                   << "-\tPPL\tAZ\t\t40.1\t249.9\t1000\tFaraway\n"
                                   << "-\tPPL\tAZ\t\t0\t0\t1000\tNullisland\n"
                                   << "-\tPPL\tAZ\t\tforty\t49.9\t1000\tWordy\n"
                                   << "-\tPPL\tAZ\t\t40.1\t49.9\n"
                                   << "-\tPPL\tAZE\t\t40.1\t49.9\t10\tBadcountry\n"
                                   << "-\tPPL\tAZ\t\t40.1\t49.9\t10\tBadalias\txx:Thing\n";
  std::ofstream(dir + "/names_extra.tsv") << "en\tGoodville\t999999999\n"
                                          << "qq\tGoodville\t1\n";
  std::vector<std::string> problems;
  auto r = Gazetteer::Load({dir}, &problems);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ((*r)->place_count(), 1u);
  ASSERT_EQ(problems.size(), 9u);
  EXPECT_NE(problems[0].find("mine.tsv:3: latitude 140.1 outside [-90, 90]"), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("mine.tsv:4: longitude 249.9 outside [-180, 180]"), std::string::npos) << problems[1];
  EXPECT_NE(problems[2].find("mine.tsv:5: coordinates 0,0"), std::string::npos) << problems[2];
  EXPECT_NE(problems[3].find("not numbers"), std::string::npos) << problems[3];
  EXPECT_NE(problems[4].find("expected 8 or 9"), std::string::npos) << problems[4];
  EXPECT_NE(problems[5].find("bad country"), std::string::npos) << problems[5];
  EXPECT_NE(problems[6].find("bad alias"), std::string::npos) << problems[6];
  EXPECT_NE(problems[7].find("names_extra.tsv:1: unknown geonameid"), std::string::npos) << problems[7];
  EXPECT_NE(problems[8].find("unknown language"), std::string::npos) << problems[8];
  problems.clear();
  auto strict = Gazetteer::Load({dir}, &problems, /*strict=*/true);
  EXPECT_FALSE(strict.ok());
  EXPECT_FALSE(Gazetteer::Load({dir + "/missing.tsv"}, &problems).ok());
}

TEST(Gazetteer, WordFilesListWordsThatAreNeverPlaces) {
  const std::string dir = TempDir("gaz_words");
  std::ofstream(dir + "/mine.tsv") << "-\tPPL\tAZ\t\t40.1\t49.9\t1000\tGoodville\n";
  std::ofstream(dir + "/not_places_mine.tsv") << "# comment\n"
                                              << "ar\t\u062d\u0635\u0627\u0631\n"  // حصار, siege
                                              << "en\tGoodville\n"
                                              << "en\n"
                                              << "qq\tthing\n";
  std::vector<std::string> problems;
  auto r = Gazetteer::Load({dir}, &problems);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE((*r)->NotAPlace(NormalizeWord("\u062d\u0635\u0627\u0631")));
  EXPECT_TRUE((*r)->NotAPlace("goodville"));
  EXPECT_FALSE((*r)->NotAPlace("thing"));
  // A word file is no place file: its words name no places.
  EXPECT_EQ((*r)->place_count(), 1u);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find("not_places_mine.tsv:4: expected 2"), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("not_places_mine.tsv:5: unknown language"), std::string::npos) << problems[1];
}

TEST(Gazetteer, CorruptGzipIsAnError) {
  const std::string dir = TempDir("gaz_gz");
  std::ofstream(dir + "/places.tsv.gz", std::ios::binary) << std::string("\x1f\x8b\x08\x00garbage", 12);
  std::vector<std::string> problems;
  auto r = Gazetteer::Load({dir}, &problems);
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace dyad

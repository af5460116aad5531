// Golden date cases (tests/golden/dates/<lang>.tsv, format in its README) and a few
// properties of the calendar arithmetic.
#include "recognize/dates.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "text/analyze.h"

namespace dyad {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f;
  size_t b = 0;
  while (true) {
    const size_t t = line.find('\t', b);
    f.push_back(line.substr(b, t == std::string::npos ? std::string::npos : t - b));
    if (t == std::string::npos) break;
    b = t + 1;
  }
  return f;
}

struct Found {
  std::string text;
  DateMention m;
};

std::vector<Found> Dates(const std::string& text, const std::string& lang, const std::string& ref) {
  std::vector<Found> out;
  for (const auto& s : AnalyzeText(text, lang))
    for (auto& m : RecognizeDates(s, text, ref)) out.push_back({text.substr(m.span.begin, m.span.size()), m});
  return out;
}

std::string Describe(const std::vector<Found>& found) {
  std::string d;
  for (const auto& f : found)
    d += "  \"" + f.text + "\" -> " + (f.m.ok() ? f.m.date + " " + f.m.precision + " " + f.m.begin + ".." + f.m.end
                                                : "rejected: " + f.m.problem) + "\n";
  return d.empty() ? "  (nothing)\n" : d;
}

TEST(Dates, Golden) {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/golden/dates";
  int cases = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".tsv") continue;
    const std::string lang = e.path().stem().string();
    std::ifstream in(e.path());
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty() || line[0] == '#') continue;
      const auto f = SplitTabs(line);
      const std::string where = e.path().filename().string() + ":" + std::to_string(number);
      ASSERT_GE(f.size(), 3u) << where;
      const std::string ref = f[0] == "-" ? "" : f[0];
      const auto found = Dates(f[1], lang, ref);
      ++cases;
      if (f[2] == "-") {
        EXPECT_TRUE(found.empty()) << where << ": expected no date in \"" << f[1] << "\", got\n" << Describe(found);
        continue;
      }
      ASSERT_GE(f.size(), 5u) << where;
      const Found* hit = nullptr;
      for (const auto& x : found)
        if (x.text == f[2]) hit = &x;
      if (!hit) {
        ADD_FAILURE() << where << ": \"" << f[2] << "\" not found in \"" << f[1] << "\"; got\n" << Describe(found);
        continue;
      }
      if (f[3] == "!") {
        EXPECT_FALSE(hit->m.ok()) << where << ": \"" << f[2] << "\" should be rejected, got " << hit->m.date;
        EXPECT_FALSE(hit->m.problem.empty()) << where;
        continue;
      }
      EXPECT_EQ(hit->m.problem, "") << where;
      EXPECT_EQ(hit->m.date, f[3]) << where << ": " << f[1];
      EXPECT_EQ(hit->m.precision, f[4]) << where << ": " << f[1];
      if (f.size() > 5 && !f[5].empty()) {
        EXPECT_EQ(hit->m.begin + ".." + hit->m.end, f[5]) << where << ": " << f[1];
      }
    }
  }
  EXPECT_GE(cases, 80);
}

TEST(Dates, DayArithmeticRoundTrips) {
  for (int64_t d = DaysFromIso("0001-01-01"); d < DaysFromIso("9999-12-31"); d += 37) ASSERT_EQ(DaysFromIso(IsoFromDays(d)), d);
  EXPECT_EQ(IsoFromDays(0), "1970-01-01");
  EXPECT_EQ(DaysFromIso("2000-03-01") - DaysFromIso("2000-02-28"), 2);  // 2000 is a leap year
  EXPECT_EQ(DaysFromIso("1900-03-01") - DaysFromIso("1900-02-28"), 1);  // 1900 is not
}

TEST(Dates, SpansPointIntoTheText) {
  const std::string text = "Officials met on Saturday. Talks resumed two days ago in Baku.";
  for (const auto& f : Dates(text, "en", "2025-06-28")) {
    EXPECT_TRUE(f.m.ok());
    EXPECT_LE(f.m.span.end, text.size());
  }
  EXPECT_EQ(Dates(text, "en", "2025-06-28").size(), 2u);
}

// RecognizeDates(..., until) is a prefix of the full list that holds every
// expression starting before until, at every cut through every golden text.
TEST(Dates, UntilKeepsThePrefixOfTheFullList) {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/golden/dates";
  int checked = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".tsv") continue;
    std::ifstream in(e.path());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const auto f = SplitTabs(line);
      if (f.size() < 2) continue;
      const std::string ref = f[0] == "-" ? "" : f[0];
      for (const auto& s : AnalyzeText(f[1], e.path().stem().string())) {
        const auto all = RecognizeDates(s, f[1], ref);
        for (const Token& t : s.tokens) {
          const auto cut = RecognizeDates(s, f[1], ref, t.span.begin);
          size_t n = 0;
          while (n < all.size() && all[n].span.begin < t.span.begin) ++n;
          ASSERT_GE(cut.size(), n) << f[1] << " until " << t.span.begin;
          ASSERT_LE(cut.size(), all.size()) << f[1] << " until " << t.span.begin;
          for (size_t k = 0; k < cut.size(); ++k) {
            EXPECT_EQ(cut[k].span.begin, all[k].span.begin) << f[1];
            EXPECT_EQ(cut[k].span.end, all[k].span.end) << f[1];
            EXPECT_EQ(cut[k].date, all[k].date) << f[1];
            EXPECT_EQ(cut[k].problem, all[k].problem) << f[1];
          }
          ++checked;
        }
      }
    }
  }
  EXPECT_GE(checked, 500);
}

TEST(Dates, BadReferenceDateMeansNoReference) {
  auto found = Dates("The talks ended yesterday.", "en", "2025-02-31");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].m.ok());
}

}  // namespace
}  // namespace dyad

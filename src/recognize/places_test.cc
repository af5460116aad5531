// Golden place cases (tests/golden/places/<lang>.tsv, format in its README), and the
// per-event date and place choice.
#include "recognize/places.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "recognize/places_when_where.h"
#include "text/analyze.h"

namespace dyad {
namespace {

const Gazetteer& Gaz() {
  static std::shared_ptr<const Gazetteer> g = [] {
    std::vector<std::string> problems;
    auto r = Gazetteer::Load({std::string(DYAD_SOURCE_DIR) + "/data/places"}, &problems);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return *r;
  }();
  return *g;
}

const ActorLexicon& Actors() {
  static std::shared_ptr<const ActorLexicon> a = [] {
    std::vector<std::string> problems;
    auto r = ActorLexicon::Load({std::string(DYAD_SOURCE_DIR) + "/data/actors"}, &problems);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return *r;
  }();
  return *a;
}

struct Analysis {
  Document doc;
  std::vector<Sentence> sentences;
  std::vector<std::vector<ActorMention>> actors;
  std::unique_ptr<WhenWhere> ww;
};

std::unique_ptr<Analysis> Analyse(const std::string& text, const std::string& lang, const std::string& date = "") {
  auto a = std::make_unique<Analysis>();
  a->doc.text = text;
  a->doc.lang = lang;
  a->doc.date = date;
  a->sentences = AnalyzeText(a->doc);
  for (const auto& s : a->sentences) a->actors.push_back(RecognizeActors(s, Actors(), date));
  a->ww = std::make_unique<WhenWhere>(a->doc, a->sentences, a->actors, Gaz());
  return a;
}

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

std::string Describe(const Analysis& a) {
  std::string d;
  for (size_t i = 0; i < a.sentences.size(); ++i)
    for (const auto& p : a.ww->places(i)) {
      d += "  \"" + a.doc.text.substr(p.span.begin, p.span.size()) + "\" -> ";
      d += p.resolved >= 0 ? Gaz().place(p.resolved).name + " (" + std::to_string(Gaz().place(p.resolved).geonameid) + ")"
                           : "unresolved";
      d += " [" + p.role + "]; " + p.how + "\n";
    }
  return d.empty() ? "  (nothing)\n" : d;
}

// "@trigger" or "@trigger|source": the place an event whose trigger is that word (and
// whose source actor is those words) gets from its clause.
void ExpectEventPlace(const Analysis& a, const std::string& spec, const std::string& expected, const std::string& where) {
  const size_t bar = spec.find('|');
  const std::string trigger = spec.substr(0, bar);
  Span agent;
  if (bar != std::string::npos) {
    const size_t at = a.doc.text.find(spec.substr(bar + 1));
    ASSERT_NE(at, std::string::npos) << where << ": source \"" << spec.substr(bar + 1) << "\" not in the text";
    agent = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + spec.size() - bar - 1)};
  }
  for (size_t i = 0; i < a.sentences.size(); ++i)
    for (size_t k = 0; k < a.sentences[i].tokens.size(); ++k) {
      const Token& t = a.sentences[i].tokens[k];
      if (a.doc.text.substr(t.span.begin, t.span.size()) != trigger) continue;
      const auto ans = a.ww->For(i, k, agent);
      ASSERT_TRUE(ans.place.has_value()) << where << ": no place for \"" << trigger << "\"\n" << Describe(a);
      EXPECT_TRUE(ans.place_from_text) << where << ": \"" << trigger << "\" got the article's place\n" << Describe(a);
      EXPECT_EQ(std::to_string(ans.place->geonameid), expected)
          << where << ": \"" << trigger << "\" placed in " << ans.place->name << "\n" << Describe(a);
      return;
    }
  ADD_FAILURE() << where << ": trigger \"" << trigger << "\" not in the text";
}

TEST(Places, Golden) {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/golden/places";
  int cases = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".tsv") continue;
    const std::string lang = e.path().stem().string();
    std::ifstream in(e.path());
    std::string line, last_text;
    std::unique_ptr<Analysis> a;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty() || line[0] == '#') continue;
      const auto f = SplitTabs(line);
      const std::string where = e.path().filename().string() + ":" + std::to_string(number);
      ASSERT_EQ(f.size(), 3u) << where;
      if (!a || f[0] != last_text) a = Analyse(f[0], lang, "2025-06-28");
      last_text = f[0];
      ++cases;
      if (f[1][0] == '@') {
        ExpectEventPlace(*a, f[1].substr(1), f[2], where);
        continue;
      }
      // Locations only: countries and capitals read as actors ("Moscow said") and
      // names inside other names ("Washington Post") do not count.
      const PlaceMention* hit = nullptr;
      for (size_t i = 0; i < a->sentences.size(); ++i)
        for (const auto& p : a->ww->places(i))
          if (a->doc.text.substr(p.span.begin, p.span.size()) == f[1] && p.role == "place") hit = &p;
      if (f[2] == "-") {
        EXPECT_EQ(hit, nullptr) << where << ": \"" << f[1] << "\" must not be a place in \"" << f[0] << "\"\n" << Describe(*a);
        continue;
      }
      if (!hit) {
        ADD_FAILURE() << where << ": \"" << f[1] << "\" not found in \"" << f[0] << "\"; got\n" << Describe(*a);
        continue;
      }
      if (f[2] == "~") {
        EXPECT_LT(hit->resolved, 0) << where << ": \"" << f[1] << "\" must stay unresolved\n" << Describe(*a);
        continue;
      }
      if (f[2] == "?") {
        EXPECT_LT(hit->resolved, 0) << where;
        EXPECT_FALSE(hit->feature.empty()) << where;
        continue;
      }
      if (hit->resolved < 0) {
        ADD_FAILURE() << where << ": \"" << f[1] << "\" unresolved\n" << Describe(*a);
        continue;
      }
      const GazetteerPlace& p = Gaz().place(hit->resolved);
      if (f[2][0] == '=')
        EXPECT_EQ(p.name, f[2].substr(1)) << where << "\n" << Describe(*a);
      else
        EXPECT_EQ(std::to_string(p.geonameid), f[2]) << where << ": " << f[0] << "\n" << Describe(*a);
    }
  }
  EXPECT_GE(cases, 40);
}

TEST(WhenWhere, EventGetsTheDateAndPlaceOfItsClause) {
  const std::string text =
      "BAKU, June 28 - Russian police raided a cafe in Yekaterinburg on Friday, while talks in Moscow failed "
      "last week. Azerbaijan protested.";
  auto a = Analyse(text, "en", "2025-06-28");
  // Trigger "raided" (sentence 0).
  size_t raided = 0;
  for (size_t k = 0; k < a->sentences[0].tokens.size(); ++k)
    if (a->sentences[0].tokens[k].norm == "raided") raided = k;
  auto ans = a->ww->For(0, raided);
  EXPECT_TRUE(ans.date_from_text);
  EXPECT_EQ(ans.date, "2025-06-27");
  EXPECT_EQ(ans.precision, "day");
  ASSERT_TRUE(ans.place.has_value());
  EXPECT_EQ(ans.place->geonameid, 1486209);
  EXPECT_EQ(ans.place->admin1, "Sverdlovsk Oblast");
  // Trigger "protested" (sentence 1): no date or place of its own.
  auto ans2 = a->ww->For(1, 1);
  EXPECT_FALSE(ans2.date_from_text);
  EXPECT_EQ(ans2.date, "2025-06-28");
  ASSERT_TRUE(ans2.place.has_value());
  EXPECT_EQ(ans2.place->name, "Baku");  // the dateline
  EXPECT_FALSE(ans2.place_from_text);
}

TEST(WhenWhere, ApplySetsDatePlaceAndHistoricalMode) {
  const std::string text = "Russian troops attacked Georgia on August 7, 2008, near Tskhinvali.";
  auto a = Analyse(text, "en", "2025-06-28");
  Event e;
  e.sentence = 0;
  e.date = "2025-06-28";
  e.date_precision = "day";
  const size_t at = text.find("attacked");
  e.trigger = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 8)};
  a->ww->Apply(&e);
  EXPECT_EQ(e.date, "2008-08-07");
  EXPECT_EQ(e.date_precision, "day");
  EXPECT_EQ(e.mode, "historical");
  ASSERT_TRUE(e.place.has_value());
  EXPECT_EQ(e.place->country, "GE");
}

// Sentences left out of dated lose their dates but none of their places' answers:
// "March" and "Sunday" stay out of the places, and the main place is the same.
TEST(WhenWhere, UndatedSentencesKeepTheirPlaces) {
  auto a = Analyse(
      "Talks in Jordan ended on Sunday. Protesters marched in March near Amman. Officials in Georgia met "
      "Armenian envoys in Tbilisi last week.",
      "en", "2025-06-28");
  const std::vector<bool> dated = {true};  // only the first sentence
  const WhenWhere some(a->doc, a->sentences, a->actors, Gaz(), &dated);
  ASSERT_GE(a->sentences.size(), 3u);
  EXPECT_EQ(some.main_place(), a->ww->main_place());
  for (size_t i = 0; i < a->sentences.size(); ++i) {
    ASSERT_EQ(some.places(i).size(), a->ww->places(i).size()) << i;
    for (size_t k = 0; k < some.places(i).size(); ++k) {
      EXPECT_EQ(some.places(i)[k].span.begin, a->ww->places(i)[k].span.begin);
      EXPECT_EQ(some.places(i)[k].resolved, a->ww->places(i)[k].resolved);
    }
    if (i == 0) EXPECT_EQ(some.dates(i).size(), a->ww->dates(i).size());
    else EXPECT_TRUE(some.dates(i).empty()) << i;
  }
  EXPECT_FALSE(a->ww->dates(1).empty());
}

TEST(WhenWhere, NoDatesNoPlaces) {
  auto a = Analyse("Nothing happened.", "en");
  Event e;
  a->ww->Apply(&e);
  EXPECT_EQ(e.date, "");
  EXPECT_EQ(e.date_precision, "none");
  EXPECT_FALSE(e.place.has_value());
}

}  // namespace
}  // namespace dyad

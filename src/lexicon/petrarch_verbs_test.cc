#include "lexicon/petrarch_verbs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "lexicon/ontology.h"

namespace dyad {
namespace {

// A small dictionary in PETRARCH2's format, written for these tests.
constexpr const char* kFixture = R"(# test verbs
&FOODSTUFF
+BREAD
+RICE_
+COOKING_OIL

&AUX_
+WAS
+WERE

####### VERB PATTERNS #######

---  SHIP   [070]  ---
SHIP
DISPATCH
SEND {SENT SENDS SENDING }  # irregular forms
AIR_+LIFT [073]
- * &FOODSTUFF                                 [073]         # SHIP
- * {MILITARY HARDWARE} (TO +)                 [072]         # SEND
- $ * (TO BORDER)                              [154]         # DISPATCH
- TROOPS * (TO {FRONT LINE})                   [154:154]     # SEND
- * (FOR {FRIENDLY VISIT})                     [:042]        # SEND
- * JUNK                                       [---]         # SEND

---  GRUMBLE   [---]  ---
GRUMBLE
MUTTER {MUTTERED MUTTERS MUTTERING}   ;old tabari note
- * (ABOUT VERDICT)                            [111]         # GRUMBLE
<!-- an XML comment -->
~ a (a b SHIP) GRUMBLE = a b 111
)";

std::vector<std::string> PatternsOf(const PetrarchVerbDictionary& d, const std::string& code) {
  std::vector<std::string> out;
  for (const auto& p : d.patterns)
    if (p.code == code) out.push_back(p.pattern);
  std::sort(out.begin(), out.end());
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(PetrarchVerbs, BlocksVerbsAndPatterns) {
  std::vector<std::string> problems;
  auto r = ParsePetrarchVerbs(kFixture, "fixture.txt", {}, &problems);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(problems.empty()) << problems[0];
  const auto& c = r->counts;
  EXPECT_EQ(c.blocks, 2);
  EXPECT_EQ(c.verb_lines, 6);
  EXPECT_EQ(c.pattern_lines, 7);
  EXPECT_EQ(c.synsets, 2);
  EXPECT_EQ(c.synset_members, 5);
  EXPECT_EQ(c.transformations, 1);
  EXPECT_EQ(c.null_code, 3);  // GRUMBLE and MUTTER (block code [---]), the JUNK pattern

  // Verb lines: the block code, or the verb's own; {} forms listed, ';' comment dropped.
  auto v070 = PatternsOf(*r, "070");
  EXPECT_EQ(v070, (std::vector<std::string>{"dispatch", "send", "sending", "sends", "sent", "ship"}));
  EXPECT_EQ(PatternsOf(*r, "073").front(), "air lift");
  // The pattern's comment names GRUMBLE, so MUTTER's forms are not combined with it.
  EXPECT_EQ(PatternsOf(*r, "111"), std::vector<std::string>{"grumble * about * verdict"});
}

TEST(PetrarchVerbs, PatternSyntaxBecomesTriggerSyntax) {
  std::vector<std::string> problems;
  auto r = ParsePetrarchVerbs(kFixture, "fixture.txt", {}, &problems);
  ASSERT_TRUE(r.ok());
  // Synsets expand; multi-word members stay consecutive.
  auto p073 = PatternsOf(*r, "073");
  EXPECT_TRUE(Has(p073, "ship * bread"));
  EXPECT_TRUE(Has(p073, "ship * rice"));
  EXPECT_TRUE(Has(p073, "ship * cooking oil"));
  // {noun phrase}: consecutive; (prep phrase): prep, gap, noun; role markers dropped.
  auto p072 = PatternsOf(*r, "072");
  EXPECT_TRUE(Has(p072, "send * military hardware * to"));
  // Pre-verb words come first; $ dropped.
  auto p154 = PatternsOf(*r, "154");
  EXPECT_TRUE(Has(p154, "dispatch * to * border"));
  EXPECT_TRUE(Has(p154, "troops * sent * to * front line"));
  // Passive-only code.
  bool passive = false;
  for (const auto& p : r->patterns)
    if (p.passive_code == "042" && p.code.empty() && p.pattern == "send * for * friendly visit")
      passive = true;
  EXPECT_TRUE(passive);
  // [154:154]: both readings.
  for (const auto& p : r->patterns)
    if (p.pattern == "troops * sent * to * front line") {
      EXPECT_EQ(p.passive_code, "154");
      EXPECT_EQ(p.where(), "fixture.txt:" + std::to_string(p.line));
      EXPECT_EQ(p.block, "SHIP");
      EXPECT_EQ(p.verb, "sent");
      EXPECT_FALSE(p.verb_only);
    }
  // [---] patterns are not imported.
  for (const auto& p : r->patterns) EXPECT_EQ(p.pattern.find("junk"), std::string::npos);
}

TEST(PetrarchVerbs, ProvenanceIsTheSourceLine) {
  std::vector<std::string> problems;
  auto r = ParsePetrarchVerbs(kFixture, "fixture.txt", {}, &problems);
  ASSERT_TRUE(r.ok());
  std::map<std::string, int> line_of;
  for (const auto& p : r->patterns) line_of[p.pattern] = p.line;
  EXPECT_EQ(line_of["ship"], 14);
  EXPECT_EQ(line_of["sent"], 16);
  EXPECT_EQ(line_of["ship * bread"], 18);
  EXPECT_EQ(line_of["grumble * about * verdict"], 28);
}

TEST(PetrarchVerbs, CommentVerbOrEveryVerb) {
  std::vector<std::string> problems;
  auto r = ParsePetrarchVerbs(kFixture, "fixture.txt", {}, &problems);
  ASSERT_TRUE(r.ok());
  auto p073 = PatternsOf(*r, "073");
  EXPECT_TRUE(Has(p073, "ship * bread"));
  EXPECT_FALSE(Has(p073, "sent * bread"));  // the pattern's comment names SHIP

  PetrarchVerbOptions all;
  all.all_block_verbs = true;  // PETRARCH's own reading: every verb of the block
  r = ParsePetrarchVerbs(kFixture, "fixture.txt", all, &problems);
  ASSERT_TRUE(r.ok());
  p073 = PatternsOf(*r, "073");
  EXPECT_TRUE(Has(p073, "sent * bread"));
  EXPECT_TRUE(Has(p073, "air lift * cooking oil"));
}

TEST(PetrarchVerbs, RegularFormsAndPlurals) {
  PetrarchVerbOptions opt;
  opt.regular_forms = true;
  opt.synset_plurals = true;
  std::vector<std::string> problems;
  auto r = ParsePetrarchVerbs(kFixture, "fixture.txt", opt, &problems);
  ASSERT_TRUE(r.ok());
  auto p070 = PatternsOf(*r, "070");
  EXPECT_TRUE(Has(p070, "ships"));
  EXPECT_TRUE(Has(p070, "dispatches"));
  EXPECT_TRUE(Has(p070, "dispatched"));
  EXPECT_FALSE(Has(p070, "sended"));  // {} lists every form: none generated
  EXPECT_TRUE(Has(PatternsOf(*r, "073"), "air lifted"));
  auto p073 = PatternsOf(*r, "073");
  EXPECT_TRUE(Has(p073, "ship * breads"));
  EXPECT_FALSE(Has(p073, "ship * rices"));  // "RICE_": no plural
}

TEST(PetrarchVerbs, MalformedLinesAreReportedWithFileAndLine) {
  const char* bad = R"(---  HIT   [190]  ---
HIT
- * (WITH STICK                               [180]
- * STICK                                      [18x]
- STICK                                        [180]
- * STONE
- * &NOSUCHSET                                 [180]
---  BROKEN [190]
- * ROCK                                       [180]
)";
  std::vector<std::string> problems;
  auto r = ParsePetrarchVerbs(bad, "bad.txt", {}, &problems);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(problems.size(), 6u);
  EXPECT_EQ(problems[0], "bad.txt:3: unclosed ( or {");
  EXPECT_EQ(problems[1], "bad.txt:4: bad code [18x]");
  EXPECT_EQ(problems[2], "bad.txt:5: pattern without the verb's *");
  EXPECT_EQ(problems[3], "bad.txt:6: pattern without a [code]");
  EXPECT_EQ(problems[4], "bad.txt:7: undefined synset &NOSUCHSET");
  EXPECT_EQ(problems[5], "bad.txt:8: block header must end with ---");
  EXPECT_EQ(r->counts.skipped, 6);
  // The good lines still count: HIT alone, and ROCK under the HIT block.
  EXPECT_EQ(PatternsOf(*r, "190"), std::vector<std::string>{"hit"});
  EXPECT_EQ(PatternsOf(*r, "180"), std::vector<std::string>{"hit * rock"});

  PetrarchVerbOptions strict;
  strict.strict = true;
  problems.clear();
  auto s = ParsePetrarchVerbs(bad, "bad.txt", strict, &problems);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "bad.txt:3: unclosed ( or {");
}

TEST(PetrarchVerbs, VerbOutsideBlockAndExpansionCap) {
  std::vector<std::string> problems;
  auto r = ParsePetrarchVerbs("ORPHAN\n", "x.txt", {}, &problems);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "x.txt:1: verb outside a --- block ---");

  PetrarchVerbOptions opt;
  opt.max_expansions = 2;
  problems.clear();
  r = ParsePetrarchVerbs(kFixture, "fixture.txt", opt, &problems);
  ASSERT_TRUE(r.ok());
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems[0].find("expands to more than 2"), std::string::npos);
}

TEST(PetrarchVerbs, NestedSynsetsAndJoinedTokens) {
  // The validation dictionary's forms: a synset inside a synset, members with spaces,
  // a synset joined to words by '_', a role marker joined to a word.
  const char* text = R"(&TIES
+MILITARY
+TRADE
&TIESPLUS
+&TIES
+VERY CLOSE
--- CUT [---] ---
CUT {CUTS CUTTING}
- * NEW_&TIES_LINKS [161]
- WARNED_+ * &TIESPLUS [160]
- * &NOPE_LINKS [161]
)";
  std::vector<std::string> problems;
  auto r = ParsePetrarchVerbs(text, "t.txt", {}, &problems);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "t.txt:11: undefined synset &NOPE_LINKS");
  auto p161 = PatternsOf(*r, "161");
  EXPECT_TRUE(Has(p161, "cut * new military links"));
  EXPECT_TRUE(Has(p161, "cutting * new trade links"));
  auto p160 = PatternsOf(*r, "160");
  EXPECT_TRUE(Has(p160, "warned * cuts * trade"));
  EXPECT_TRUE(Has(p160, "warned * cut * very close"));
}

TEST(PetrarchVerbs, MissingFileIsAnError) {
  std::vector<std::string> problems;
  auto r = ReadPetrarchVerbs("/nonexistent/CAMEO.txt", {}, &problems);
  EXPECT_FALSE(r.ok());
}

// The real dictionary from ../shared (PETRARCH2's CAMEO.2.0.txt, MIT), when present.
TEST(PetrarchVerbs, RealCameoDictionary) {
  const std::string path = std::string(DYAD_SOURCE_DIR) + "/../shared/data/petrarch/CAMEO.2.0.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not present";
  auto ontology = Ontology::Load(std::string(DYAD_SOURCE_DIR) + "/data/ontology/cameo.tsv");
  ASSERT_TRUE(ontology.ok()) << ontology.status().message();

  for (bool all : {true, false}) {
    PetrarchVerbOptions opt;
    opt.all_block_verbs = all;
    std::vector<std::string> problems;
    auto r = ReadPetrarchVerbs(path, opt, &problems);
    ASSERT_TRUE(r.ok()) << r.status().message();
    const auto& c = r->counts;
    size_t valid = 0, invalid = 0, verb_only = 0;
    std::set<std::string> bad_codes, roots;
    for (const auto& p : r->patterns) {
      const std::string& code = p.code.empty() ? p.passive_code : p.code;
      if ((*ontology)->Find(code)) {
        ++valid;
        roots.insert(code.substr(0, 2));
      } else {
        ++invalid;
        bad_codes.insert(code);
      }
      verb_only += p.verb_only;
    }
    std::string bad;
    for (const auto& b : bad_codes) bad += " " + b;
    std::cout << "CAMEO.2.0.txt (" << (all ? "all block verbs" : "comment verb") << "): "
              << c.blocks << " blocks, " << c.verb_lines << " verb lines (" << c.verb_forms
              << " forms), " << c.pattern_lines << " pattern lines, " << c.synsets << " synsets ("
              << c.synset_members << " members), " << c.transformations << " transformations, "
              << c.null_code << " null-code lines, " << c.skipped << " skipped\n"
              << "  " << r->patterns.size() << " dyad patterns (" << verb_only << " verb alone): "
              << valid << " with a code in cameo.tsv, " << invalid << " not (" << bad << " ), "
              << roots.size() << " roots\n";
    for (const auto& p : problems) std::cout << "  " << p << "\n";
    EXPECT_GE(r->patterns.size(), 10000u);
    EXPECT_GE(c.blocks, 350);
    EXPECT_GE(c.pattern_lines, 4500);
    EXPECT_EQ(roots.size(), 20u);
    EXPECT_GT(valid, r->patterns.size() * 95 / 100);
    EXPECT_LE(problems.size(), 15u);  // the file's own glitches, listed above
  }
}

}  // namespace
}  // namespace dyad

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <tuple>

#include "lexicon/actor_lexicon.h"
#include "lexicon/ontology.h"
#include "lexicon/phrase_index.h"
#include "lexicon/trigger_lexicon.h"
#include "core/word_ids.h"
#include "text/analyze.h"
#include "text/arabic.h"

namespace dyad {
namespace {

std::string TempDir(const std::string& name) {
  const std::string d = testing::TempDir() + "/" + name;
  std::filesystem::remove_all(d);
  std::filesystem::create_directories(d);
  return d;
}

PhraseIndex Index(const std::string& lang, std::vector<std::string> phrases, KeyMode mode) {
  PhraseIndex idx(mode);
  uint32_t id = 0;
  for (const auto& p : phrases) {
    std::vector<std::string> keys;
    for (const auto& w : PhraseWords(p)) keys.push_back(w == "*" ? "*" : LexiconKey(lang, w, mode));
    idx.Add(keys, id++);
  }
  return idx;
}

// The phrase matcher as first written, the slow reference PhraseIndex is checked
// against: string keys, and from token i every phrase whose first key is one of the
// token's readings, tried in the order the readings and the phrases come.
class ReferenceIndex {
 public:
  ReferenceIndex(KeyMode mode, int max_gap, int subject_gap)
      : mode_(mode), max_gap_(max_gap), subject_gap_(std::max(max_gap, subject_gap)) {}

  void Add(const std::vector<std::string>& keys, uint32_t payload) {
    if (!keys.empty() && keys.front() != "*" && keys.back() != "*") phrases_.push_back({keys, payload});
  }

  PhraseMatch MatchAt(const std::vector<Token>& tokens, size_t i, const std::vector<bool>& skip,
                      size_t max_end = SIZE_MAX) const {
    PhraseMatch best;
    if (i >= tokens.size() || (!skip.empty() && skip[i])) return best;
    for (const auto& [key, future0, stripped0] : Readings(tokens[i]))
      for (const auto& [keys, payload] : phrases_) {
        if (keys[0] != key) continue;
        bool future = future0;
        int stripped = stripped0;
        const size_t e = From(keys, 1, tokens, skip, i + 1, &future, &stripped);
        if (e && e <= max_end && (e > best.end || (e == best.end && stripped < best.stripped)))
          best = {payload, i, e, future, stripped};
      }
    return best;
  }

 private:
  // (key, future prefix removed, clitics removed) for each way a token can be read.
  std::vector<std::tuple<std::string, bool, int>> Readings(const Token& t) const {
    if (!IsArabicScript(t.norm)) return {{mode_ == KeyMode::kStem ? t.key : t.norm, false, 0}};
    std::vector<std::tuple<std::string, bool, int>> out;
    ArabicStem stems[8];
    const int n = ArabicStems(t.norm, stems);
    for (int k = 0; k < n; ++k) out.emplace_back(std::string(stems[k].stem), stems[k].future, stems[k].stripped);
    for (int k = 0; k < n; ++k) {
      for (std::string_view suffix : {"\u0647\u0645\u0627", "\u0647\u0627", "\u0647\u0645", "\u0647\u0646", "\u0643\u0645", "\u0646\u0627"})
        if (stems[k].stem.size() >= suffix.size() + 6 && stems[k].stem.ends_with(suffix)) {
          const std::string base(stems[k].stem.substr(0, stems[k].stem.size() - suffix.size()));
          out.emplace_back(base, stems[k].future, stems[k].stripped + 1);
          if (base.size() >= 10 && !WithTehMarbuta(base).empty())  // ت before a suffix is the noun's ة
            out.emplace_back(WithTehMarbuta(base), stems[k].future, stems[k].stripped + 1);
          break;
        }
      if (std::string_view bare = WithoutTanweenAlef(stems[k].stem); !bare.empty())
        out.emplace_back(std::string(bare), stems[k].future, stems[k].stripped + 1);
    }
    return out;
  }

  // Where the word after a gap starting at t may fall, in the order tried: up to
  // max_gap_ steps, where a quoted name (up to 8 tokens inside) or a run of skipped
  // tokens (up to 8) is one step, and every position inside such a step counts too.
  std::vector<size_t> GapPositions(const std::vector<Token>& tokens, size_t t, const std::vector<bool>& skip) const {
    std::vector<size_t> out;
    size_t u = t;
    // (Longer when it opens on a skipped token, a subject after its verb.)
    const int steps = t < skip.size() && skip[t] ? subject_gap_ : max_gap_;
    for (int step = 0; step <= steps && u <= tokens.size(); ++step) {
      size_t next = u + 1;
      // An amount ("$ 100 million"): signs and numbers, then one word after a number.
      auto number = [&](size_t i) { return i < tokens.size() && !tokens[i].norm.empty() && std::isdigit(static_cast<unsigned char>(tokens[i].norm[0])); };
      auto sign = [&](size_t i) { return i < tokens.size() && tokens[i].norm == "$"; };
      if (number(u) || sign(u)) {
        size_t c = u;
        while (c < u + 4 && (number(c) || sign(c))) ++c;
        if (number(c - 1) && c < tokens.size() && tokens[c].word && !number(c)) ++c;
        for (size_t v = u; v < c; ++v) out.push_back(v);
        u = c;
        continue;
      }
      bool quoted = false;
      if (u < tokens.size() && tokens[u].norm == "\"") {
        for (size_t c = u + 1; c < tokens.size() && c <= u + 8; ++c)
          if (tokens[c].norm == "\"") {
            next = c + 1;
            quoted = true;
            break;
          }
      }
      if (!quoted && u < skip.size() && skip[u]) {
        next = u + 1;
        while (next < skip.size() && skip[next] && next < u + 8) ++next;
      } else if (!quoted && u < tokens.size()) {
        // A comma goes with the word after it; a hyphenated word is one word.
        auto comma = [&](size_t i) { return i < tokens.size() && IsComma(tokens[i]); };
        // Or an aside of up to four words between two commas is one word.
        bool aside = false;
        if (comma(u))
          for (size_t e = u + 2; e < tokens.size() && e <= u + 5 && !aside; ++e) {
            if (comma(e)) next = e + 1, aside = true;
            else if (!tokens[e].word && !(e < skip.size() && skip[e])) break;
          }
        if (comma(u) && !aside) ++next;
        if (!aside && next + 1 < tokens.size() && tokens[next].norm == "-" && tokens[next + 1].word &&
            tokens[next].span.begin == tokens[next - 1].span.end && tokens[next + 1].span.begin == tokens[next].span.end)
          next += 2;
      }
      for (size_t v = u; v < next; ++v) out.push_back(v);
      u = next;
    }
    return out;
  }

  size_t From(const std::vector<std::string>& keys, size_t k, const std::vector<Token>& tokens,
              const std::vector<bool>& skip, size_t t, bool* future, int* stripped) const {
    if (k == keys.size()) return t;
    if (keys[k] == "*") {
      for (size_t v : GapPositions(tokens, t, skip)) {
        if (size_t e = From(keys, k + 1, tokens, skip, v, future, stripped)) return e;
      }
      return 0;
    }
    if (t >= tokens.size()) return 0;
    for (const auto& [key, f, s] : Readings(tokens[t])) {
      if (key != keys[k]) continue;
      bool f2 = *future || f;
      int s2 = *stripped + s;
      if (size_t e = From(keys, k + 1, tokens, skip, t + 1, &f2, &s2)) {
        *future = f2;
        *stripped = s2;
        return e;
      }
    }
    return 0;
  }

  KeyMode mode_;
  int max_gap_, subject_gap_;
  std::vector<std::pair<std::vector<std::string>, uint32_t>> phrases_;
};

}  // namespace

TEST(WordIds, DenseIdsSurviveGrowth) {
  WordIds ids;
  EXPECT_EQ(ids.Find("kremlin"), WordIds::kNone);
  for (int k = 0; k < 5000; ++k) EXPECT_EQ(ids.Intern("w" + std::to_string(k)), static_cast<uint32_t>(k));
  EXPECT_EQ(ids.Intern("w17"), 17u);  // already there
  EXPECT_EQ(ids.Find("w4999"), 4999u);
  EXPECT_EQ(ids.word(4999), "w4999");
  EXPECT_EQ(ids.Find("w5000"), WordIds::kNone);
  EXPECT_EQ(ids.Intern(""), 5000u);  // the empty word is a word too
  EXPECT_EQ(ids.Find("\u0627\u0644\u0643\u0631\u0645\u0644\u064A\u0646"), WordIds::kNone);
  EXPECT_EQ(ids.size(), 5001u);
}

// Words of every length up to 24 bytes that differ in one byte only, at every position:
// hashing and comparing by whole 8-byte (and overlapping) loads must tell them apart.
TEST(WordIds, WordsDifferingInOneByte) {
  WordIds ids;
  std::vector<std::string> words;
  for (size_t n = 0; n <= 24; ++n) {
    words.emplace_back(n, 'a');
    for (size_t k = 0; k < n; ++k) {
      words.emplace_back(n, 'a');
      words.back()[k] = 'b';
    }
  }
  for (size_t w = 0; w < words.size(); ++w) ASSERT_EQ(ids.Intern(words[w]), w) << words[w];
  for (size_t w = 0; w < words.size(); ++w) EXPECT_EQ(ids.Find(words[w]), w) << words[w];
  EXPECT_EQ(ids.Find(std::string(25, 'a')), WordIds::kNone);
}

TEST(PhraseIndex, LongestMatchGapsAndStems) {
  PhraseIndex idx = Index("en", {"impose", "impose * sanctions", "shoot down"}, KeyMode::kStem);
  auto s = AnalyzeText("They imposed new harsh sanctions and shoot down a drone.", "en");
  auto& t = s[0].tokens;
  PhraseMatch m = idx.MatchAt(t, 1);
  ASSERT_TRUE(m.found());
  EXPECT_EQ(m.payload, 1u);  // the longer pattern wins
  EXPECT_EQ(m.end, 5u);
  PhraseMatch d = idx.MatchAt(t, 6);
  EXPECT_EQ(d.payload, 2u);
  EXPECT_FALSE(idx.MatchAt(t, 0).found());
}

TEST(PhraseIndex, GapIsBounded) {
  PhraseIndex idx = Index("en", {"impose * sanctions"}, KeyMode::kStem);
  auto s = AnalyzeText("They imposed a b c d sanctions.", "en");
  EXPECT_FALSE(idx.MatchAt(s[0].tokens, 1).found());
}

// Where an English pattern matched from the text's second token ends (0: no match).
size_t EndFromSecond(const std::string& pattern, const std::string& text) {
  const PhraseIndex idx = Index("en", {pattern}, KeyMode::kStem);
  const PhraseMatch m = idx.MatchAt(AnalyzeText(text, "en")[0].tokens, 1);
  return m.found() ? m.end : 0;
}

// An amount is one word inside a gap, so that "grant * loan" spans "a $100 million".
TEST(PhraseIndex, AmountIsOneGapStep) {
  EXPECT_EQ(EndFromSecond("grant * loan", "Kuwait granted Jordan a $100 million loan."), 8u);
  EXPECT_EQ(EndFromSecond("grant * loan", "Kuwait granted Jordan a very large new loan."), 0u);
}

// A comma goes with the word after it and a hyphenated word is one word, so news'
// times and places between commas and compound adjectives do not exhaust a gap.
TEST(PhraseIndex, CommasAndHyphensInGaps) {
  EXPECT_EQ(EndFromSecond("sign * agreement", "They signed, on Monday, an agreement."), 8u);
  EXPECT_EQ(EndFromSecond("sign * agreement", "They signed a de-escalation agreement."), 7u);
  EXPECT_EQ(EndFromSecond("sign * agreement", "They signed a de - escalation agreement."), 0u);  // three words
  EXPECT_EQ(EndFromSecond("declare * state of emergency", "They declared a 30-day state of emergency."), 9u);
  EXPECT_EQ(EndFromSecond("declare * state of emergency", "They declared a 30 - day state of emergency."), 0u);
}

TEST(PhraseIndex, ArabicCliticsAndFuture) {
  PhraseIndex idx = Index("ar", {"الكرملين", "يزور", "وزارة الخارجية"}, KeyMode::kStem);
  auto s = AnalyzeText("وقال الكرملين إن الرئيس سيزور وزارة الخارجية وللكرملين رأي", "ar");
  auto& t = s[0].tokens;
  EXPECT_EQ(idx.MatchAt(t, 1).payload, 0u);
  PhraseMatch f = idx.MatchAt(t, 4);
  ASSERT_TRUE(f.found());
  EXPECT_TRUE(f.future);
  EXPECT_EQ(idx.MatchAt(t, 5).end, 7u);
  EXPECT_TRUE(idx.MatchAt(t, 7).found());  // وللكرملين
  EXPECT_FALSE(idx.MatchAt(t, 8).found());
}

// A bare ه is an object pronoun only after the ت of a feminine past verb ("واتهمته":
// she accused him); elsewhere it is the teh marbuta NormalizeWord folds to ه.
TEST(PhraseIndex, ArabicObjectPronounAfterTeh) {
  PhraseIndex idx = Index("ar", {"اتهمت", "حكومة", "هدن"}, KeyMode::kStem);
  auto s = AnalyzeText("واتهمته حكومته بعد هدنة", "ar");
  auto& t = s[0].tokens;
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(idx.MatchAt(t, 0).payload, 0u);
  EXPECT_EQ(idx.MatchAt(t, 1).payload, 1u);   // حكومت+ه: the ة written ت restored
  EXPECT_FALSE(idx.MatchAt(t, 3).found());    // هدنة is no هدن+ه
}

// Random phrases (with gaps) over a small vocabulary, random sentences over the same
// words with Arabic clitics and suffixes, random skip masks: the fast matcher answers
// exactly as the reference does, from every token.
TEST(PhraseIndex, AgreesWithTheReferenceOnRandomInput) {
  struct Language {
    std::string lang;
    KeyMode mode;
    int max_gap, subject_gap;
    std::vector<std::string> words;
  };
  const std::vector<Language> languages = {
      {"en", KeyMode::kStem, PhraseIndex::kMaxGap, 0,
       {"\"", "$", "100", "million", ",", "long-range", "impose", "imposed", "sanctions", "shoot", "down", "the", "talks", "held", "Russia", "police",
        "raided", "raid", "on"}},
      {"en", KeyMode::kNorm, PhraseIndex::kMaxGap, 0, {"\"", "the", "foreign", "ministry", "Russia", "Russian", "police", "of", "in", "Baku"}},
      {"ar", KeyMode::kStem, 5, 7,
       {"\u060C", "\u0627\u062A\u0641\u0627\u0642\u0627", "\u0627\u062A\u0641\u0627\u0642", "\"",
        "\u0627\u0644\u0643\u0631\u0645\u0644\u064A\u0646", "\u0648\u0644\u0644\u0643\u0631\u0645\u0644\u064A\u0646",
        "\u0633\u064A\u0632\u0648\u0631", "\u064A\u0632\u0648\u0631", "\u0648\u0632\u0627\u0631\u0629",
        "\u0627\u0644\u062E\u0627\u0631\u062C\u064A\u0629", "\u0639\u0644\u0627\u0642\u0627\u062A\u0647\u0627",
        "\u0639\u0644\u0627\u0642\u0627\u062A", "\u062D\u0643\u0648\u0645\u062A\u0647\u0627",
        "\u0628\u0627\u0644\u0639\u0627\u0635\u0645\u0629", "\u0627\u0644\u0639\u0627\u0635\u0645\u0629"}},
  };
  std::mt19937 rng(20251121);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  size_t compared = 0;
  for (const Language& l : languages) {
    for (int round = 0; round < 20; ++round) {
      PhraseIndex fast(l.mode, l.max_gap, l.subject_gap);
      ReferenceIndex slow(l.mode, l.max_gap, l.subject_gap);
      for (uint32_t p = 0; p < 30; ++p) {
        std::vector<std::string> keys;
        const size_t n = 1 + pick(4);
        for (size_t w = 0; w < n; ++w) {
          if (w > 0 && pick(4) == 0) keys.push_back("*");
          keys.push_back(LexiconKey(l.lang, l.words[pick(l.words.size())], l.mode));
        }
        fast.Add(keys, p);
        slow.Add(keys, p);
      }
      for (int sentence = 0; sentence < 20; ++sentence) {
        std::string text;
        for (size_t w = 0, n = 2 + pick(12); w < n; ++w) text += l.words[pick(l.words.size())] + " ";
        for (const Sentence& s : AnalyzeText(text, l.lang)) {
          std::vector<bool> skip;
          if (pick(2)) {
            for (size_t t = 0; t < s.tokens.size(); ++t) skip.push_back(pick(3) == 0);
          }
          for (size_t i = 0; i <= s.tokens.size(); ++i) {
            // Half the time only phrases ending by a random token count.
            const size_t max_end = pick(2) ? SIZE_MAX : i + pick(6);
            const PhraseMatch a = fast.MatchAt(s.tokens, i, skip, max_end),
                              b = slow.MatchAt(s.tokens, i, skip, max_end);
            ASSERT_EQ(std::tie(a.payload, a.begin, a.end, a.future, a.stripped),
                      std::tie(b.payload, b.begin, b.end, b.future, b.stripped))
                << l.lang << " \"" << text << "\" at token " << i;
            compared += b.found();
          }
        }
      }
    }
  }
  EXPECT_GT(compared, 500u);  // the check saw matches, not only misses
}

TEST(ActorLexicon, LoadsReportsAndGroupsRoles) {
  const std::string dir = TempDir("dyad_actor_lex");
  std::ofstream(dir + "/names.tsv") << "# test\n"
                                       "en\tRussia\tRUS\tcountry\n"
                                       "en\tRussia\tRUS\tcountry\n"            // duplicate: silent
                                       "en\tGeorgia\tGEO\tcountry\n"
                                       "en\tGeorgia\tUSA\tcountry\n"           // conflict: reported
                                       "en\tBroken line\n"                      // malformed
                                       "en\tX\trus\tcountry\n"                  // bad code
                                       "en\tPutin\tRUSGOV\tperson\t2000-05-07\t2008-05-07\n"
                                       "en\tPutin\tRUSGOV\tperson\t2012-05-07\t\n"
                                       "en\tY\tRUS\tperson\t2020-02-30\t\n";    // bad date
  std::ofstream(dir + "/sectors.tsv") << "en\tpolice\tCOP\nen\tarmy\tMILITARY\n";
  std::vector<std::string> problems;
  auto lex = ActorLexicon::Load({dir}, &problems);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_EQ(problems.size(), 5u);
  for (const auto& p : problems) EXPECT_NE(p.find(dir), std::string::npos) << p;  // file named
  EXPECT_EQ((*lex)->sector_count(), 1u);
  auto s = AnalyzeText("Putin spoke.", "en");
  PhraseMatch m = (*lex)->Names("en").MatchAt(s[0].tokens, 0);
  ASSERT_TRUE(m.found());
  EXPECT_EQ((*lex)->Alternatives(m.payload).size(), 2u);
  std::vector<std::string> strict_problems;
  EXPECT_FALSE(ActorLexicon::Load({dir}, &strict_problems, /*strict=*/true).ok());
  EXPECT_FALSE(ActorLexicon::Load({dir + "/missing"}, &strict_problems).ok());
}

TEST(ActorLexicon, LoadsRealmsAndReportsBadOnes) {
  const std::string dir = TempDir("dyad_actor_realm");
  std::ofstream(dir + "/names.tsv") << "ar\tعمان\tOMN\tcountry\n";
  std::ofstream(dir + "/coref.tsv") << "ar\tالسلطنة\trealm:OMN,BRN\n"
                                       "ar\tالمملكة\trealm:SA\n"  // not a state code
                                       "ar\tالإمارة\trealm:\n";   // no state
  std::vector<std::string> problems;
  auto lex = ActorLexicon::Load({dir}, &problems);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  ASSERT_EQ(problems.size(), 2u);
  for (const auto& p : problems) EXPECT_NE(p.find("coref.tsv"), std::string::npos) << p;
  auto s = AnalyzeText("زار الوزير السلطنة.", "ar");
  bool found = false;
  for (size_t t = 0; t < s[0].tokens.size(); ++t)
    if (PhraseMatch m = (*lex)->Anaphors("ar").MatchAt(s[0].tokens, t); m.found()) {
      EXPECT_EQ((*lex)->anaphor(m.payload).realm, (std::vector<std::string>{"OMN", "BRN"}));
      found = true;
    }
  EXPECT_TRUE(found);
}

TEST(Ontology, LoadsTheProjectCodebook) {
  auto o = Ontology::Load(std::string(DYAD_SOURCE_DIR) + "/data/ontology/cameo.tsv");
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_GE((*o)->size(), 300u);
  const CameoCode* c = (*o)->Find("173");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->root, "17");
  EXPECT_EQ(c->quad, 4);
  EXPECT_LT(c->goldstein, 0);
  EXPECT_EQ((*o)->Find("042")->quad, 1);
  EXPECT_EQ((*o)->Find("999"), nullptr);
}

TEST(TriggerLexicon, RejectsUnknownCodesAndBadPatterns) {
  auto o = Ontology::Load(std::string(DYAD_SOURCE_DIR) + "/data/ontology/cameo.tsv");
  ASSERT_TRUE(o.ok());
  const std::string dir = TempDir("dyad_trig_lex");
  std::ofstream(dir + "/triggers.en.tsv") << "173\tarrest\n999\tfly\n190\t* attack\n173\n173\tarrest\n";
  std::vector<std::string> problems;
  auto lex = TriggerLexicon::Load(dir, **o, &problems);
  ASSERT_TRUE(lex.ok());
  EXPECT_EQ((*lex)->size(), 1u);
  EXPECT_EQ(problems.size(), 4u);
  EXPECT_NE(problems[0].find("triggers.en.tsv:2"), std::string::npos);
  EXPECT_FALSE(TriggerLexicon::Load(dir, **o, &problems, /*strict=*/true).ok());
  // Another stem reads other files of the same format: what a threat is of.
  std::ofstream(dir + "/threats.en.tsv") << "1381\tblockade\n1385\tnuclear weapons\n";
  auto threats = TriggerLexicon::Load(dir, **o, &problems, /*strict=*/true, "threats.");
  ASSERT_TRUE(threats.ok());
  EXPECT_EQ((*threats)->size(), 2u);
  EXPECT_EQ((*threats)->entry(1).code, "1385");
  EXPECT_EQ((*threats)->PassiveFor("en"), nullptr);  // no verb + object turned around
}

// Grammar words of a kind their reader does not use are reported with file and line,
// and the line is skipped; the known kinds load.
TEST(GrammarWords, RejectsKindsItsReaderDoesNotUse) {
  const std::string dir = TempDir("dyad_grammar_kinds");
  std::ofstream(dir + "/grammar.en.tsv") << "negation\tnot\nnonsense\tfoo\nnegation\tnever\n";
  std::vector<std::string> problems;
  auto g = GrammarWords::Load(
      dir, [](std::string_view kind) { return kind == "negation"; }, &problems);
  ASSERT_TRUE(g.ok());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("grammar.en.tsv:2"), std::string::npos);
  EXPECT_NE(problems[0].find("unknown kind \"nonsense\""), std::string::npos);
  EXPECT_NE((*g)->Find("en", "negation"), nullptr);
  EXPECT_EQ((*g)->Find("en", "nonsense"), nullptr);
}

// The coder stops a pattern's gap at a gap_break word (grammar.<lang>.tsv) past its
// first word, which is only right if no trigger pattern holds one of them there as a
// word of its own ("قبل * وساطة", accepted, may open one).
TEST(TriggerLexicon, NoPatternHoldsAGapBreakWord) {
  const auto fold = [](std::string w) {  // أ إ آ -> ا, as the matcher reads them
    for (std::string_view alef : {"\u0623", "\u0625", "\u0622"})
      for (size_t p = w.find(alef); p != std::string::npos; p = w.find(alef)) w.replace(p, alef.size(), "\u0627");
    return w;
  };
  for (const std::string lang : {"en", "ar"}) {
    const std::string events = std::string(DYAD_SOURCE_DIR) + "/data/events/";
    std::set<std::string> breaks;
    std::ifstream grammar(events + "grammar." + lang + ".tsv");
    for (std::string line; std::getline(grammar, line);)
      if (line.starts_with("gap_break\t")) breaks.insert(fold(line.substr(10)));
    ASSERT_FALSE(breaks.empty()) << lang;
    std::ifstream triggers(events + "triggers." + lang + ".tsv");
    for (std::string line; std::getline(triggers, line);) {
      if (line.empty() || line[0] == '#' || line.find('\t') == std::string::npos) continue;
      std::istringstream words(line.substr(line.find('\t') + 1));
      std::string w;
      words >> w;  // (the first word)
      while (words >> w) EXPECT_FALSE(breaks.count(fold(w))) << lang << ": " << line;
    }
  }
}

}  // namespace dyad

#include "recognize/actors.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <set>

#include "core/event.h"
#include "core/literal.h"
#include "core/utf8.h"
#include "core/word_set.h"
#include "lexicon/short_key_map.h"
#include "text/arabic.h"
#include "text/normalize.h"
#include "text/stem.h"
#include "text/text_data.h"

namespace dyad {

namespace {

// Role bounds as comparable strings: "2018" starts on 2018-01-01 and ends 2018-12-31.
std::string From(const std::string& d) { return d.size() == 4 ? d + "-01-01" : d; }
std::string To(const std::string& d) {
  return d.empty() ? "9999-12-31" : d.size() == 4 ? d + "-12-31" : d;
}

// (A word that opens with a digit and holds letters counts as a name's start: "the 3R
// rebel group".)
bool Capitalised(const Token& t) {
  if (t.capital || IsArabicScript(t.norm) || !t.word) return true;
  return t.norm.size() >= 2 && std::isdigit(static_cast<unsigned char>(t.norm[0])) &&
         std::any_of(t.norm.begin(), t.norm.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

bool NeedsCapital(const std::string& lang) {
  return lang != "ar"_lit && lang != "fa"_lit && lang != "ur"_lit && lang != "he"_lit;
}

using utf8::CodePoints;

template <class Words>
bool IsWord(const Token& t, const Words& words) {
  for (std::string_view w : words)
    if (t.norm == w) return true;
  return false;
}
bool IsWord(const Token& t, std::initializer_list<std::string_view> words) { return IsWord<>(t, words); }

// The English words for a side of a land: "in eastern Libya", "in central Mali".
constexpr std::string_view kSides[] = {"central",      "northern",     "southern",     "eastern",      "western",
                                       "northeastern", "northwestern", "southeastern", "southwestern", "north",
                                       "south",        "east",         "west"};

// Irregular past tenses of news verbs: after a name they are its verb, not a word that
// qualifies a sector ("Egypt sent troops" is no Egyptian sent-troops).
constexpr std::string_view kPastTenses[] = {"gave", "took", "sent", "held", "met", "struck", "made", "told",
                                            "began", "led", "won", "fought", "left", "brought", "shot", "sought",
                                            "threw", "broke", "chose", "swore", "spoke", "flew", "wrote", "bought",
                                            "caught", "paid", "said", "built", "lost", "kept", "drew", "withdrew",
                                            "put", "set", "cut", "let", "hit", "ran", "saw", "got"};

// An Arabic adjective of relation in the masculine plural: "كينيين", "حكوميون".
bool PluralNisba(std::string_view w) {
  return w.ends_with("\u064a\u064a\u0646") || w.ends_with("\u064a\u0648\u0646");  // يين يون
}

// An Arabic adjective of relation, of kind or nationality: "الوطنية", "حكوميين".
bool Nisba(std::string_view w) {
  return PluralNisba(w) || w.ends_with("\u064a\u0647") || w.ends_with("\u064a");  // يه ي
}

// A sector of office (a government, forces, police, spies, a parliament, courts),
// by its first role code.
bool OfficeSector(std::string_view sector) {
  static const std::set<std::string_view> kOffices = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"};
  return kOffices.count(sector.substr(0, 3)) > 0;
}

// A number right before token t: digits, or an Arabic word for hundreds, thousands or
// millions ("ألف", "مئتي", "ثلاثمئة").
bool NumberBefore(const std::vector<Token>& tokens, size_t t) {
  if (t == 0) return false;
  const Token& n = tokens[t - 1];
  // (Written out too: "ثلاثة وعشرون معتقلاً", "أحد عشر", "عشرات"; the tens with their و.
  // The coder's grammar kind `count` lists such words for itself; actors are recognised
  // before the coder's grammar is at hand.)
  std::string_view w = n.norm;
  if (w.starts_with("و") && w.size() > 8) w.remove_prefix(2);
  static const std::set<std::string_view> kWords = {
      "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "عشر", "عشرات", "مئات",
      "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين", "خمسون", "خمسين", "ستون", "ستين",
      "سبعون", "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين", "الف", "الاف", "الفي", "الفين",
      "مئتي", "مئتين", "مائتي", "مائتين", "مليون", "ملايين"};
  return IsNumeral(n.norm) || n.norm.ends_with("مئه") || n.norm.ends_with("مائه") || kWords.count(w) > 0;
}

// Function words that never qualify the sector word after them: a name, such a word and
// a sector are two phrases ("apologised to Mongolia after border police at Prague
// airport detained", "Kenya and police").
constexpr std::string_view kNotModifiers[] = {
    "to",    "and",   "or",    "of",      "for",     "with",   "by",     "after", "before", "as",
    "when",  "while", "since", "until",   "in",      "on",     "at",     "from",  "against", "over",
    "than",  "that",  "but",   "if",      "because", "where",  "into",   "about", "under",  "amid",
    "despite", "without", "through", "near", "whose", "which", "who",   "once",  "so",     "then",
    "between", "among", "toward",  "towards", "across", "along", "beyond", "outside", "inside", "within",
    "during",  "upon",  "via",     "unlike"};

// Words after a sector word that name its body or its men, so the sector word is still
// the head of what a qualifier before it qualifies ("Togo's main opposition coalition";
// not "Armenia's new military doctrine").
constexpr std::string_view kBodyHeads[] = {
    "coalition", "alliance",  "bloc",      "party",   "parties", "movement",  "front",     "leader",
    "leaders",   "lawmakers", "officials", "members", "figures", "activists", "supporters"};

// --- Inflected and run-together forms -------------------------------------------------

// Is tokens[t] the first word of a hyphenated modifier, written without spaces
// ("military-led", "army-backed")?
bool HyphenatedAt(const std::vector<Token>& tokens, size_t t) {
  return t < tokens.size() && tokens[t].word && InnerHyphen(tokens, t + 1);
}

// Is tokens[t] an English word that qualifies the noun after it the way an adverb,
// participle or adjective of standing does ("internationally", "recognised",
// "federal", "interim", "former")? Used between a possessive and a sector word.
bool QualifierWord(const Token& t, bool in_name) {
  // (A capital "National" is part of a body's name, "Iraq's National Intelligence
  // Service", and qualifies it all the same; so does any capital qualifier before a
  // sector word written with a capital, "Haiti's Transitional Presidential Council";
  // and "de facto", "Manila's de facto embassy".)
  if (!t.word || (t.capital && t.norm != "national" && !in_name)) return false;
  const std::string& w = t.norm;
  static const std::set<std::string> kWords = {
      "new",   "interim", "ruling",  "caretaker", "incoming", "outgoing", "current", "rival",
      "unity", "top",     "main",    "largest",   "biggest",  "leading",  "two",     "three",
      "four",  "five",    "several", "former",    "supreme",  "high",     "de",      "facto"};
  return kWords.count(w) || (w.size() > 4 && (w.ends_with("ly") || w.ends_with("ed") || w.ends_with("al")));
}

// Case and possessive suffixes that Turkish and Azerbaijani attach to names and
// nouns, longest first. A suffix is removed only when what remains is a word of the
// lexicon, so the list can be generous.
const std::vector<std::string>& TurkicSuffixes(const std::string& lang) {
  // Written as Turkish and Azerbaijani spell them, then normalised as tokens are
  // (NormalizeWord folds ı and İ to i).
  static const auto normalised = [](std::initializer_list<const char*> list) {
    std::vector<std::string> out;
    for (const char* s : list) {
      std::string n = NormalizeWord(s);
      if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
    }
    std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
      return a.size() > b.size();
    });
    return out;
  };
  static const std::vector<std::string> tr = normalised(
      {"lerinin", "larının", "ndaki", "ndeki", "ndan", "nden", "ları", "leri", "daki", "deki",
       "taki",    "teki",    "sını",  "sini",  "sunu", "sünü", "nın",  "nin",  "nun",  "nün",
       "dan",     "den",     "tan",   "ten",   "nda",  "nde",  "yla",  "yle",  "lar",  "ler",
       "sı",      "si",      "su",    "sü",    "lı",   "li",   "lu",   "lü",   "ın",   "in",
       "un",      "ün",      "ya",    "ye",    "yı",   "yi",   "yu",   "yü",   "da",   "de",
       "ta",      "te",      "na",    "ne",    "nı",   "ni",   "nu",   "nü",   "ı",    "i",
       "u",       "ü",       "a",     "e"});
  static const std::vector<std::string> az = normalised(
      {"larının", "lərinin", "ndakı", "ndəki", "ndan", "ndən", "ları", "ləri", "dakı", "dəki",
       "sını",    "sini",    "nın",   "nin",   "nun",  "nün",  "dan",  "dən",  "nda",  "ndə",
       "ilə",     "yla",     "ylə",   "lar",   "lər",  "sı",   "si",   "su",   "sü",   "lı",
       "li",      "lu",      "lü",    "ın",    "in",   "un",   "ün",   "ya",   "yə",   "yı",
       "yi",      "yu",      "yü",    "da",    "də",   "na",   "nə",   "nı",   "ni",   "nu",
       "nü",      "la",      "lə",    "ı",     "i",    "u",    "ü",    "a",    "ə"});
  return lang == "az"_lit ? az : tr;
}

// The first word of a run-together token ("YektrinburgThe": text extraction lost the
// space before the next sentence's first word): the byte length of the part before a
// glued English function word, or 0. Only ASCII tokens, whose normalised form has the
// same bytes as the text.
size_t GluedWordCut(const Token& t) {
  static const char* kGlued[] = {"the", "and"};
  if (t.norm.size() != t.span.size()) return 0;
  for (unsigned char c : t.norm)
    if (c >= 0x80) return 0;
  for (const char* g : kGlued) {
    const std::string_view w(g);
    if (t.norm.size() >= w.size() + 5 && std::string_view(t.norm).ends_with(w))
      return t.norm.size() - w.size();
  }
  return 0;
}

// Is the token's normalised form (or, in Arabic script, one of its clitic stems) one of
// words (ActorLexicon::Words)?
bool Known(const WordIds& words, std::string_view norm) {
  if (IsArabicScript(norm)) {
    ArabicStem cands[8];
    const int n = ArabicStems(norm, cands);
    for (int c = 0; c < n; ++c)
      if (words.Find(cands[c].stem) != WordIds::kNone) return true;
    return false;
  }
  return words.Find(norm) != WordIds::kNone;
}

// The same: a word of the lexicon in lang?
bool Known(const ActorLexicon& lex, const std::string& lang, std::string_view norm) {
  return Known(lex.Words(lang), norm);
}

// Known(words, t.norm) for a token, where words are lex's: for an Arabic-script word
// (a clitic stem and a lookup per candidate, at every token of every sentence)
// remembered per thread in a direct-mapped table of the last words seen, keyed by the
// lexicon's serial so that a lexicon loaded later is never answered from another's.
bool KnownToken(const ActorLexicon& lex, const WordIds& words, const Token& t) {
  if (!IsArabicScript(t.norm) || lex.serial() == 0) return Known(words, t.norm);
  struct Entry {
    uint64_t lexicon = 0;  // 0: empty
    const WordIds* words = nullptr;
    std::string word;
    bool known = false;
  };
  static constexpr size_t kEntries = 4096;
  thread_local std::vector<Entry> memo(kEntries);
  Entry& e = memo[NormHash(t) & (kEntries - 1)];
  if (e.lexicon != lex.serial() || e.words != &words || !WordIds::Equal(e.word, t.norm)) {
    e.lexicon = lex.serial();
    e.words = &words;
    e.word.assign(t.norm);
    e.known = Known(words, t.norm);
  }
  return e.known;
}

// A word of the lexicon that norm is with up to depth Turkish/Azerbaijani suffixes
// removed (büyükelçisini -> büyükelçi + si + ni), or "" when there is none.
std::string TurkicBase(const ActorLexicon& lex, const std::string& lang, const std::string& norm,
                       int depth) {
  if (depth == 0) return {};
  for (const auto& suf : TurkicSuffixes(lang)) {
    if (!norm.ends_with(suf) || CodePoints(norm) < CodePoints(suf) + 3) continue;
    std::string base = norm.substr(0, norm.size() - suf.size());
    if (Known(lex, lang, base)) return base;
    // Consonant softening before a vowel suffix: bakanlığı -> bakanlık.
    if (base.ends_with("ğ")) {
      std::string hard = base.substr(0, base.size() - 2) + "k";
      if (Known(lex, lang, hard)) return hard;
    }
    if (std::string deeper = TurkicBase(lex, lang, base, depth - 1); !deeper.empty()) return deeper;
  }
  return {};
}

// A known form of a word the lexicon does not know as it is, and why: empty when none
// is found. A pure function of the lexicon, the language and the word.
struct KnownForm {
  std::string form, why;
};

KnownForm FindKnownForm(const ActorLexicon& lex, const std::string& lang, const std::string& norm) {
  const bool turkic = lang == "tr"_lit || lang == "az"_lit;
  const bool stems = HasStemmer(lang) && (lang == "ru"_lit || lang == "tr"_lit);
  // Turkish and Azerbaijani proper names take their case after an apostrophe
  // (Rusya'nın, Bakü'de); without one (Azerbaijani, derived words) try suffixes.
  if (turkic) {
    if (size_t ap = norm.find('\''); ap != std::string::npos && ap >= 2) {
      std::string base = norm.substr(0, ap);
      if (Known(lex, lang, base) || stems) return {std::move(base), "apostrophe suffix"};
    }
    if (std::string base = TurkicBase(lex, lang, norm, 2); !base.empty()) return {std::move(base), "suffix"};
  }
  // Arabic and Persian suffixes (pronouns, plural, ezafe): حكومتها, روسیه‌ای.
  if (IsArabicScript(norm)) {
    // Up to two suffixes: روسیه‌ای‌ها = روسیه + ای + ها.
    for (const auto& seg : ArabicSegments(norm, lang)) {
      if (seg.suffix.empty()) continue;
      if (Known(lex, lang, seg.stem)) return {seg.stem, "suffix " + seg.suffix};
      if (lang != "fa"_lit) continue;
      for (const auto& inner : ArabicSegments(seg.stem, lang))
        if (!inner.suffix.empty() && Known(lex, lang, inner.stem))
          return {inner.stem, "suffix " + inner.suffix + seg.suffix};
    }
    // The relative ending ي with the feminine or plural ending after it: "السلطات
    // النيجرية", "الجنود النيجريين" (the masculine النيجري is a suffix reading above).
    // Noted as a +ي reading, so a sector word so derived stays an adjective ("الأمنية").
    if (lang == "ar"_lit)
      for (std::string_view end : {"\u064A\u0647", "\u064A\u064A\u0646", "\u064A\u0648\u0646"})  // يه يين يون
        if (norm.size() >= end.size() + 6 && std::string_view(norm).ends_with(end)) {
          std::string stem = norm.substr(0, norm.size() - end.size());
          if (Known(lex, lang, stem)) return {std::move(stem), "suffix +\u064A:" + std::string(end.substr(2))};
        }
    // The accusative ending of an indefinite noun ("مهاجرا أفغانيا", "جنديا"), for stems
    // of four letters or more (shorter words in alef are mostly particles).
    if (lang == "ar"_lit)
      if (const std::string_view bare = WithoutTanweenAlef(norm); !bare.empty() && Known(lex, lang, bare))
        return {std::string(bare), "suffix +ا"};
    return {};
  }
  // TABARI stems from imported dictionaries: ARGENTIN matches Argentina, Argentine.
  if (lex.HasStems(lang)) {
    for (size_t len = norm.size() - 1; len >= 3; --len) {
      if ((static_cast<unsigned char>(norm[len]) & 0xC0) == 0x80) continue;
      if (lex.IsStem(lang, std::string_view(norm).substr(0, len))) return {norm.substr(0, len), "stem"};
    }
  }
  return {};
}

// FindKnownForm, remembered per thread: it tries suffix readings against the lexicon
// (a dozen Arabic segmentations, Turkish case suffixes), and news vocabulary repeats.
// One memo per language (a stream of articles mixes them), each emptied at
// kMaxRemembered words; all forgotten when the lexicon changes. The answer is valid
// until the next call on the same thread.
const KnownForm& RememberedKnownForm(const ActorLexicon& lex, const std::string& lang,
                                     const std::string& norm) {
  constexpr size_t kMaxRemembered = 20000;
  struct Memo {
    uint64_t lexicon = 0;
    ShortKeyMap<WordMap<KnownForm>> by_lang;
  };
  thread_local Memo memo;
  if (memo.lexicon != lex.serial()) memo = Memo{lex.serial(), {}};
  WordMap<KnownForm>& forms = memo.by_lang[lang];
  if (const KnownForm* known = forms.find(norm)) return *known;
  KnownForm found = FindKnownForm(lex, lang, norm);
  if (forms.size() >= kMaxRemembered) forms.clear();
  return forms.set(norm, std::move(found));
}

// The tokens as the matcher sees them: a word the lexicon does not know is replaced by
// a known form of it where one can be found. Note(i) says what was done; Cut(i) is the
// byte where a run-together token's first word ends (0 when not cut). Refers to the
// sentence's tokens until a word is replaced (most sentences keep every word).
class MatchView {
 public:
  explicit MatchView(const std::vector<Token>& tokens) : base_(&tokens) {}
  MatchView(MatchView&&) = default;
  MatchView& operator=(MatchView&&) = delete;
  ~MatchView() {
    // The copy's tokens and notes go back to this thread's spares, strings and all:
    // an Arabic word is mostly too long to sit inside its string, and a view's copy
    // of a sentence otherwise allocates each token's forms again.
    if (copy_) Spares().push_back(std::move(copy_));
  }

  const std::vector<Token>& tokens() const { return copy_ ? copy_->changed : *base_; }
  const std::string& Note(size_t i) const {
    static const std::string kNone;
    return copy_ ? copy_->note[i] : kNone;
  }
  uint32_t Cut(size_t i) const { return copy_ ? copy_->cut[i] : 0; }

  // Replaces the words of token i by form (with key, its matching key), saying why.
  void Use(size_t i, std::string_view form, std::string_view key, const std::string& why, uint32_t cut = 0) {
    if (!copy_) {
      std::vector<std::unique_ptr<Copy>>& spares = Spares();
      if (spares.empty()) {
        copy_ = std::make_unique<Copy>();
      } else {
        copy_ = std::move(spares.back());
        spares.pop_back();
      }
      copy_->changed.assign(base_->begin(), base_->end());
      copy_->note.assign(base_->size(), std::string());
      copy_->cut.assign(base_->size(), 0);
    }
    Token& t = copy_->changed[i];
    copy_->note[i].assign(why).append(": ").append(t.norm).append(" -> ").append(form);
    t.norm.assign(form);
    t.key.assign(key);
    HashForms(&t);
    copy_->cut[i] = cut;
  }

 private:
  // A copy of *base_ once a word is replaced, with what was done to each token.
  struct Copy {
    std::vector<Token> changed;
    std::vector<std::string> note;
    std::vector<uint32_t> cut;
  };
  static std::vector<std::unique_ptr<Copy>>& Spares() {
    thread_local std::vector<std::unique_ptr<Copy>> spares;
    return spares;
  }

  const std::vector<Token>* base_;
  std::unique_ptr<Copy> copy_;  // null until a word is replaced
};

MatchView MakeView(const Sentence& s, const ActorLexicon& lex, bool all_forms = false) {
  MatchView v(s.tokens);
  const std::string& lang = s.lang;
  const bool turkic = lang == "tr"_lit || lang == "az"_lit;
  const bool stems = HasStemmer(lang) && (lang == "ru"_lit || lang == "tr"_lit);
  const WordIds& words = lex.Words(lang);
  const bool english = lang == "en"_lit;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (!t.word || CodePoints(t.norm) < 3) continue;
    // A known word is left alone, unless all_forms: then a Turkish or Azerbaijani word
    // that is itself in the lexicon (naziri, of "xarici işlər naziri") also shows its
    // base (nazir, of "baş nazir").
    if (KnownToken(lex, words, t) && !(all_forms && turkic)) continue;
    auto use = [&](std::string_view form, const std::string& why, uint32_t cut = 0) {
      if (stems) v.Use(i, form, StemWord(lang, form), why, cut);
      else v.Use(i, form, form, why, cut);
    };
    if (const KnownForm& f = RememberedKnownForm(lex, lang, t.norm); !f.form.empty()) {
      use(f.form, f.why);
      continue;
    }
    if (english && t.capital) {
      if (size_t cut = GluedWordCut(t); cut && Known(words, std::string_view(t.norm).substr(0, cut)))
        use(std::string_view(t.norm).substr(0, cut), "run-together", t.span.begin + static_cast<uint32_t>(cut));
    }
  }
  return v;
}

// --- Fuzzy fallback --------------------------------------------------------------------

// Machine translation and transliteration leave name variants in Latin-script text; in
// Cyrillic text an unknown capitalised word is rather an inflected form.
constexpr std::string_view kFuzzyLangs[] = {"en", "tr", "az"};
bool UsesFuzzyNames(const std::string& lang) {
  return std::find(std::begin(kFuzzyLangs), std::end(kFuzzyLangs), lang) != std::end(kFuzzyLangs);
}

struct FuzzyHit {
  uint32_t id = 0;
  int distance = 0;
  bool found = false;
};

// The name the word is a transliteration variant of: the closest candidates of the
// fuzzy index (text/fuzzy.h: transliteration key, bounded edit distance, common words
// excluded) must agree on one country, and the word must differ from the name.
FuzzyHit Fuzzy(const ActorLexicon& lex, const std::string& lang, std::string_view norm) {
  FuzzyHit hit;
  if (CodePoints(norm) < 6) return hit;
  const auto matches = lex.FuzzyLookup(lang, norm);
  if (matches.empty()) return hit;
  const int best = matches.front().distance;
  const std::string code = lex.entry(matches.front().payload).code.substr(0, 3);
  for (const auto& m : matches)
    if (m.distance == best && lex.entry(m.payload).code.substr(0, 3) != code)
      return hit;  // ambiguous
  return {matches.front().payload, best, true};
}

// --- Context guards --------------------------------------------------------------------

bool InWords(const std::vector<std::string>& words, std::string_view key) {
  return std::find(words.begin(), words.end(), key) != words.end();
}

// Is the token one of words (lexicon keys)? Arabic-script tokens are compared with
// their clitics removed (والأردنية = الأردنية = أردنية).
bool TokenIn(const std::vector<std::string>& words, const Token& t) {
  if (!IsArabicScript(t.norm)) return InWords(words, t.norm);
  ArabicStem cands[8];
  const int n = ArabicStems(t.norm, cands);
  for (int c = 0; c < n; ++c)
    if (InWords(words, cands[c].stem)) return true;
  return false;
}

// The result of the guards of name entry id matched at [b, e): nullopt when none
// fires, else the code the mention takes (empty: not an actor).
std::optional<std::string> ApplyGuards(const ActorLexicon& lex, uint32_t id,
                                       const std::vector<Token>& tokens, size_t b, size_t e,
                                       const std::string& lang, const PhraseIndex& names,
                                       const PhraseIndex& sectors) {
  const auto* guards = lex.Guards(id);
  if (!guards) return std::nullopt;
  for (const auto& g : *guards) {
    switch (g.rule) {
      case ActorGuard::Rule::kNext:
        if (e < tokens.size() && TokenIn(g.words, tokens[e])) return g.result;
        break;
      case ActorGuard::Rule::kPrev: {
        // (Past an opening quotation mark: "ميليشيا «زائير»", a militia named Zaire.)
        size_t p = b;
        if (p > 1 && IsDoubleQuote(tokens[p - 1])) --p;
        if (p > 0 && TokenIn(g.words, tokens[p - 1])) return g.result;
        break;
      }
      case ActorGuard::Rule::kName: {
        // A capitalised word the lexicon does not know, right before or after: the
        // name is part of a person's name ("Michael Jordan", "Jordan Henderson").
        // A sentence's first word is capitalised anyway: it counts unless it is a word
        // that often starts sentences ("The", "In").
        auto person_word = [&](size_t t) {
          const Token& w = tokens[t];
          if (!w.word || !w.capital || CodePoints(w.norm) < 2 || InWords(g.words, w.norm))
            return false;
          if (t == 0 && TextData::Get().IsSentenceStarter(lang, w.norm)) return false;
          // A city name is often a surname too (Henderson); other names are actors.
          const PhraseMatch nm = names.MatchAt(tokens, t);
          if (nm.found() && lex.entry(nm.payload).kind != ActorKind::kCity) return false;
          return !sectors.MatchAt(tokens, t).found();
        };
        if ((b > 0 && person_word(b - 1)) || (e < tokens.size() && person_word(e))) return g.result;
        break;
      }
      case ActorGuard::Rule::kDoc:
        break;  // applied to the whole document by ResolveDocumentActors
    }
  }
  return std::nullopt;
}

// --- Appositions -----------------------------------------------------------------------

// Titles and names that stand side by side name one actor: "Russian President
// Vladimir Putin", "الرئيس التركي رجب طيب أردوغان", "Foreign ministry spokeswoman Maria
// Zakharova", "NATO Secretary-General Mark Rutte", and (Arabic, Persian) the title
// after the name, "نیکول پاشینیان نخست وزیر ارمنستان". Adjacent mentions merge when they
// agree on the country, or when one of them has none (a bare title); the merged
// mention keeps the most specific code. A bare title merges only with a person; a
// composed title also takes a further title word when a person follows ("Russian
// Foreign Ministry" + "spokeswoman" + "Maria Zakharova").
std::vector<ActorMention> MergeAppositions(std::vector<ActorMention> in, const std::vector<Token>& tokens,
                                           bool persian) {
  std::vector<ActorMention> out;
  for (size_t i = 0; i < in.size(); ++i) {
    ActorMention& m = in[i];
    if (!out.empty()) {
      ActorMention& prev = out.back();
      // "الجيش السوداني وقوات الدعم السريع": a name carrying the conjunction و is a
      // second actor, never a title's apposition.
      const bool conjoined = Conjoined(m, tokens);
      const bool adjacent = prev.last == m.first && !conjoined;
      const std::string pc = prev.has_country() ? prev.code.substr(0, 3) : "";
      const std::string mc = m.has_country() ? m.code.substr(0, 3) : "";
      const bool agree = pc.empty() || mc.empty() || pc == mc;
      const bool person_next =
          i + 1 < in.size() && in[i + 1].first == m.last && in[i + 1].kind == ActorKind::kPerson;
      bool titled = false;
      if (prev.kind == ActorKind::kSector)
        // (Two titles of one office holder run on before the name: "نائب رئيس الوزراء
        // وزير الخارجية أيمن الصفدي".)
        // (Or a title of the state's before none: "نائب رئيس الوزراء وزير الخارجية
        // الأردني"; a title in construct, not an institution, "الحكومة الأردنية".)
        titled =
            m.kind == ActorKind::kPerson ||
            (m.kind == ActorKind::kSector && person_next && !prev.has_country() &&
             !m.has_country() && m.code == prev.code && IsArabicScript(tokens[m.first].norm)) ||
            (m.kind == ActorKind::kComposed && !prev.has_country() && m.code.size() == 6 &&
             m.code.compare(3, 3, prev.code) == 0 && IsArabicScript(tokens[m.first].norm) &&
             !HasArabicArticle(tokens[m.first].norm, 2));
      else if (prev.kind == ActorKind::kSeat || prev.kind == ActorKind::kOrg)
        titled =
            m.kind ==
            ActorKind::kPerson;  // "Пресс-секретарь Кремля" + "Дмитрий Песков" read as seat + name
      else if (prev.kind == ActorKind::kComposed)
        // (An organisation of another sector is a second actor: "اتهم الجيش السوداني
        // قوات الدعم السريع", the army accused the RSF.)
        // (A title of another sector before a name is a second actor: "طالب زعيم
        // المعارضة الغانية الرئيسَ جون ماهاما", the opposition and the president.)
        titled = m.kind == ActorKind::kPerson || m.kind == ActorKind::kSeat ||
                 (m.kind == ActorKind::kSector && person_next && prev.code.size() >= 6 &&
                  prev.code.compare(3, 3, m.code) == 0) ||
                 (m.kind == ActorKind::kOrg &&
                  (m.code.starts_with(prev.code) || prev.code.starts_with(m.code)));
      // Persian puts the title after the name (نیکول پاشینیان نخست وزیر ارمنستان); in
      // Arabic a title after a name is rather the object of a verb-first clause.
      else if (prev.kind == ActorKind::kPerson)
        titled = persian && m.kind == ActorKind::kComposed && m.has_country();
      // "Jordan's King Abdullah II", "Russia's Lavrov": a state's possessive before one
      // of its people is that person.
      // (So is a nationality right before one of them: "Chinese President Xi".)
      const bool possessive =
          (prev.kind == ActorKind::kCountry || prev.kind == ActorKind::kCapital) &&
          m.first == prev.last + 1 && prev.last < tokens.size() && tokens[prev.last].norm == "'s"_lit;
      // (And a state's name used as one: "the US Drug Enforcement Administration".)
      const bool nationality = (prev.kind == ActorKind::kAdj ||
                                (prev.kind == ActorKind::kCountry && m.kind == ActorKind::kOrg)) &&
                               m.first == prev.last && !IsArabicScript(tokens[m.first].norm);
      // (And a nationality or possessive right before an organisation or composed actor
      // of its own state adds nothing: "Afghan Taliban forces", "Sudan's Rapid Support
      // Forces".)
      const bool own_org = m.kind == ActorKind::kOrg || m.kind == ActorKind::kComposed;
      // The mention m, widened to take in prev, which adds nothing to its code.
      auto absorb_prev = [&](const std::string& why) {
        const ActorMention before = prev;
        prev = m;
        prev.first = before.first;
        prev.span.begin = before.span.begin;
        prev.entity = before.entity + " + " + m.entity;
        prev.how = m.how + "; " + why;
      };
      // prev, widened to take in m, which qualifies it.
      auto absorb_next = [&](const std::string& why) {
        prev.last = m.last;
        prev.span.end = m.span.end;
        prev.entity += " + " + m.entity;
        prev.how += "; " + why;
      };
      // "President Julius Maada Bio's government", "Putin's army": a state's body named
      // with the possessive of one of its known leaders is that state's. (Not of a former
      // one: "ministers of former President Lazarus Chakwera's government" are elites.)
      const bool leader_possessive =
          prev.kind == ActorKind::kPerson && !pc.empty() &&
          (prev.code == pc + "GOV" || prev.code == pc + "MIL") && m.kind == ActorKind::kSector &&
          !m.has_country() && m.first == prev.last + 1 && tokens[prev.last].norm == "'s"_lit &&
          (m.code == "GOV"_lit || m.code == "MIL"_lit || m.code == "COP"_lit);
      if (leader_possessive) {
        m.code = pc + m.code;
        m.sector = m.code.substr(3);
        m.kind = ActorKind::kComposed;
        absorb_prev("after its leader's possessive");
        continue;
      }
      if ((possessive || nationality) && (m.kind == ActorKind::kPerson || own_org) && pc == mc) {
        absorb_prev(possessive ? "after its state's possessive" : "after its nationality");
        continue;
      }
      // "قوات الجيش السوري", "مقاتلي قوات سوريا الديمقراطية": a bare sector noun in the
      // construct state (no article) before an actor with a country is that actor.
      // (Not a definite one: "طالب المحتجون الحكومة" is a subject and its object.)
      // (Only armed and security ones: a word like طالب is also the verb "demanded".)
      const bool armed =
          prev.code == "MIL"_lit || prev.code == "REB"_lit || prev.code == "COP"_lit || prev.code == "SPY"_lit;
      // (A plural that keeps its nun is no construct: "خطف مسلحون مواطناً أمريكياً" is a
      // subject, then an object.)
      const std::string_view head = tokens[prev.first].norm;
      const bool nun_plural = head.ends_with("\u0648\u0646") || head.ends_with("\u064a\u0646");  // ون ين
      if (prev.kind == ActorKind::kSector && armed && !prev.has_country() && m.has_country() && adjacent &&
          prev.last == prev.first + 1 && IsArabicScript(tokens[prev.first].norm) &&
          !HasArabicArticle(tokens[prev.first].norm, 2) && !nun_plural && IsArabicScript(tokens[m.first].norm)) {
        absorb_prev("after " + prev.entity);
        continue;
      }
      // "زعيم عصابة لوس لوبوس", "قادة المعارضة": a leader's title in the construct state
      // before another sector word is one of that group.
      const bool leader = prev.entity == "\u0632\u0639\u064a\u0645" ||  // زعيم
                          prev.entity == "\u0642\u0627\u0626\u062f";     // قائد
      if (prev.kind == ActorKind::kSector && leader && m.kind == ActorKind::kSector && !m.has_country() &&
          m.code != "GOV" && m.code != prev.code && adjacent && prev.last == prev.first + 1 && !HasArabicArticle(tokens[prev.first].norm, 2)) {
        absorb_prev("after " + prev.entity);
        continue;
      }
      // "كاهن يحمل الجنسية الروسية": people named bare, then the nationality they hold, are
      // of that state.
      const bool holds_nationality =
          prev.kind == ActorKind::kSector && !prev.has_country() && m.kind == ActorKind::kAdj &&
          !conjoined && m.first == prev.last + 2 &&
          IsWord(tokens[prev.last], {"يحمل", "تحمل", "يحملون", "يحملان", "تحملان"}) &&
          tokens[prev.last + 1].norm == "الجنسيه"_lit;
      if (holds_nationality) {
        prev.code = m.code + prev.code;
        prev.sector = prev.code.substr(3);
        prev.kind = ActorKind::kComposed;
        absorb_next("holding the nationality of " + m.entity);
        continue;
      }
      // "زعيم المعارضة في برلمان فيجي", "زعيم المعارضة في البرلمان": the opposition in a
      // parliament is the opposition, of the parliament's state; not the parliament.
      // (Named whole, with its article or its noun: not an adjective alone, "نائباً
      // معارضاً" read as two words.)
      const bool in_parliament =
          prev.kind == ActorKind::kSector && prev.code.ends_with("OPP") && !conjoined &&
          m.first == prev.last + 1 && IsWord(tokens[prev.last], {"في", "فى"}) &&
          m.code.ends_with("LEG") && agree && IsArabicScript(tokens[m.first].norm) &&
          (HasArabicArticle(tokens[prev.last - 1].norm, 2) || prev.last > prev.first + 1);
      if (in_parliament) {
        if (pc.empty() && !mc.empty()) {
          prev.code = mc + "OPP";
          prev.kind = ActorKind::kComposed;
          prev.sector = "OPP";
        }
        absorb_next("the opposition in " + m.entity);
        continue;
      }
      // "the commander of Chad's army", "officials of Tanzania's ports authority": a bare
      // title of a state's forces or offices before "of" and one of a state's bodies is
      // one of that body. (Only such a title: "the victims of Chad's army" are not its.)
      const bool of_body = prev.last + 1 < tokens.size() && tokens[prev.last].norm == "of"_lit &&
                           (m.first == prev.last + 1 ||
                            (m.first == prev.last + 2 && tokens[prev.last + 1].norm == "the"_lit));
      // (So in Arabic before "في", maybe past one word of the title's own: "وزير الداخلية
      // المكلّف في حكومة الوحدة الوطنية الليبية".)
      const size_t in_at = prev.last < m.first && m.first <= prev.last + 2 ? m.first - 1 : 0;
      const bool in_body = in_at > 0 && IsArabicScript(tokens[m.first].norm) &&
                           IsWord(tokens[in_at], {"في", "فى"}) &&
                           (in_at == prev.last || HasArabicArticle(tokens[prev.last].norm, 2));
      if (prev.kind == ActorKind::kSector && !prev.has_country() && (of_body || in_body) &&
          !conjoined && m.has_country() && m.code.size() > 3 &&
          (m.kind == ActorKind::kComposed || m.kind == ActorKind::kOrg) &&
          (prev.code == "MIL"_lit || prev.code == "COP"_lit || prev.code == "GOV"_lit ||
           (prev.code == "REB"_lit && of_body) || prev.code == "SPY"_lit)) {
        absorb_prev(of_body ? "its title, before \"of\"" : "its title, before \"في\"");
        continue;
      }
      // "leaders of landless farmers' groups", "leaders of the miners' union": the leaders
      // of a group of people named by its sector speak for that group, not for a
      // government. (A few words may come between, "leaders of the CONAIE Indigenous
      // confederation", "of small-scale gold miners"; not a state's own body, which the
      // rule above takes, nor another office: "leaders of the army" stay as they are.)
      const bool leaders_of =
          prev.kind == ActorKind::kSector && prev.code == "GOV"_lit && !prev.has_country() && !conjoined &&
          IsWord(tokens[prev.first], {"leaders", "leader", "representatives"}) && prev.last + 1 < tokens.size() &&
          tokens[prev.last].norm == "of"_lit && m.first > prev.last && m.first <= prev.last + 5 &&
          m.kind == ActorKind::kSector && !m.has_country() && !OfficeSector(m.code) &&
          std::all_of(tokens.begin() + static_cast<long>(prev.last) + 1, tokens.begin() + static_cast<long>(m.first),
                      [](const Token& t) { return t.word || t.norm == "-"_lit; });
      if (leaders_of) {
        absorb_prev("its leaders, before \"of\"");
        continue;
      }
      // Arabic adjectives follow an organisation's name: "حزب الشعب الجمهوري التركي
      // المعارض" is the party, Turkish and in opposition (same country, or none).
      // (Definite, as the name is: "قوات الدعم السريع بطائرات مسيرة" is "with drones".)
      // (A party a title leads is in opposition so said: "زعيم الحزب الديمقراطي السلوفيني
      // المعارض"; past the quote that closes its name too, "زعيمة حزب «شين فين» المعارض",
      // or past a comma and a word or two, "...، أكبر أحزاب المعارضة".)
      const bool quoted = prev.last + 1 == m.first && IsDoubleQuote(tokens[prev.last]);
      const bool set_off = prev.last < tokens.size() && IsComma(tokens[prev.last]) &&
                           m.first > prev.last + 1 && m.first <= prev.last + 3 &&
                           std::all_of(tokens.begin() + static_cast<long>(prev.last) + 1,
                                       tokens.begin() + static_cast<long>(m.first),
                                       [](const Token& t) { return t.word; });
      // (And placed, its state named: "حركة «الثورة المواطنية» المعارضة في الإكوادور".)
      const bool placed_opposition = mc == pc && !pc.empty() && m.code == pc + "OPP";
      const bool party_in_opposition = prev.code.find("PTY") != std::string::npos &&
                                       (m.code == "OPP"_lit || placed_opposition) &&
                                       (prev.last == m.first || quoted || set_off);
      if (IsArabicScript(tokens[m.first].norm) && !conjoined &&
          ((m.kind == ActorKind::kAdj && mc == pc) ||
           (m.kind == ActorKind::kSector && !m.has_country() &&
            HasArabicArticle(tokens[m.first].norm, 2)) ||
           (placed_opposition && HasArabicArticle(tokens[m.first].norm, 2))) &&
          ((prev.kind == ActorKind::kOrg && prev.last == m.first) || party_in_opposition)) {
        absorb_next("qualified by " + m.entity);
        continue;
      }
      if (adjacent && titled && agree) {
        const ActorMention* best = &prev;
        auto rank = [](const ActorMention& a) {
          return (a.has_country() ? 100 : 0) + static_cast<int>(a.code.size()) * 2 +
                 (a.kind == ActorKind::kPerson ? 1 : 0);
        };
        if (rank(m) > rank(prev)) best = &m;
        ActorMention merged = *best;
        merged.first = prev.first;
        merged.last = m.last;
        merged.span = {prev.span.begin, m.span.end};
        merged.entity = prev.entity + " + " + m.entity;
        merged.how = best->how + "; apposition";
        // (A person known only by their state takes the role the title gives: "former
        // president Luis Arce" after his term, "opposition leader X".)
        if (best == &m && m.kind == ActorKind::kPerson && m.code.size() == 3 && prev.kind == ActorKind::kSector &&
            !prev.has_country() && prev.code.size() == 3) {
          merged.code = m.code + prev.code;
          merged.sector = prev.code;
          merged.how += "; the title's role";
        }
        // (Nor does the person's dated role outlast a title that says it is over: "former
        // President Lazarus Chakwera" is an elite of his state whatever the dictionary
        // still has him holding.)
        // (One the dictionary files under another role since, as an opposition leader, keeps
        // it: "former President Jair Bolsonaro".)
        if (best == &m && m.kind == ActorKind::kPerson && IsStateCode(m.code) && m.code.size() == 6 &&
            m.code.ends_with("GOV") && prev.kind == ActorKind::kSector && !prev.has_country() &&
            prev.code == "ELI"_lit) {
          merged.code = m.code.substr(0, 3) + "ELI";
          merged.sector = "ELI";
          merged.how += "; the title says the role is over";
        }
        if (merged.entity_id.empty()) merged.entity_id = (best == &prev ? m : prev).entity_id;
        prev = std::move(merged);
        continue;
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

// --- Coordinated owners ------------------------------------------------------------------

// Nationalities (or, in Arabic, states) coordinated around one sector word share it:
// "Saudi and Egyptian armed forces" is SAUMIL and EGYMIL, "القوات السعودية والمصرية"
// and "وزيرا خارجية روسيا وتركيا" too. English puts the nationalities before the
// word, so a bare adjective before "and" (or a comma) and a composed "Egyptian armed
// forces" gives it the sector; Arabic puts them after, so a bare nationality carrying
// the conjunction و right after a composed mention of the same kind (adjective after
// adjective, state after state) takes it.
void ShareCoordinatedSectors(const ActorLexicon& lex, const std::vector<Token>& tokens,
                             std::vector<ActorMention>* mentions) {
  auto& ms = *mentions;
  auto name_kind = [&](const ActorMention& m) -> ActorKind {
    if (m.kind == ActorKind::kComposed)
      return m.name_entry == ActorMention::kNoEntry ? ActorKind::kUnset
                                                    : lex.entry(m.name_entry).kind;
    return m.kind;
  };
  auto bare = [&](const ActorMention& m) {
    return (m.kind == ActorKind::kAdj || m.kind == ActorKind::kCountry) && m.code.size() == 3 &&
           m.sector.empty();
  };
  auto give = [&](const ActorMention& from, ActorMention* to) {
    const std::string country = to->code.substr(0, 3);
    const bool before = from.code.starts_with(from.sector);  // "IGO..." codes put the sector first
    to->code = before ? from.sector + country : country + from.sector;
    to->sector = from.sector;
    to->kind = ActorKind::kComposed;
    to->how += "; shares the sector of " + from.entity;
  };
  // English: right to left, so that "Saudi, Egyptian and Jordanian forces" passes it on.
  for (size_t k = ms.size(); k-- > 1;) {
    ActorMention& a = ms[k - 1];
    const ActorMention& b = ms[k];
    if (b.kind != ActorKind::kComposed || b.sector.empty() || name_kind(b) != ActorKind::kAdj ||
        !bare(a) || a.kind != ActorKind::kAdj)
      continue;
    if (b.first != a.last + 1 || a.place || IsArabicScript(tokens[a.first].norm)) continue;
    const std::string& between = tokens[a.last].norm;
    if (between != "and"_lit && between != ","_lit) continue;
    give(b, &a);
  }
  // English with the sector first: "the foreign ministers of Saudi Arabia and Iran".
  for (size_t k = 1; k < ms.size(); ++k) {
    const ActorMention& a = ms[k - 1];
    ActorMention& b = ms[k];
    if (a.kind != ActorKind::kComposed || a.sector.empty() ||
        !a.how.starts_with("sector+country") || !bare(b) || b.kind != ActorKind::kCountry ||
        b.place || IsArabicScript(tokens[b.first].norm))
      continue;
    // (A plural sector word, the one before "of": "the ambassador of France and Germany"
    // may be one country's envoy and a state.)
    size_t of = a.first;
    while (of < a.last && tokens[of].norm != "of"_lit && tokens[of].norm != "in"_lit &&
           tokens[of].norm != "from"_lit)
      ++of;
    if (of == a.first || of == a.last || !tokens[of - 1].norm.ends_with("s")) continue;
    const bool joined = (b.first == a.last + 1 && tokens[a.last].norm == "and"_lit) ||
                        (b.first == a.last + 2 && tokens[a.last].norm == "and"_lit &&
                         tokens[a.last + 1].norm == "the"_lit);
    if (joined) give(a, &b);
  }
  // Arabic: left to right ("السعودية والمصرية والأردنية").
  for (size_t k = 1; k < ms.size(); ++k) {
    const ActorMention& a = ms[k - 1];
    ActorMention& b = ms[k];
    // (A people's plural after one that qualifies a sector word reads as an adjective
    // too: "مهربين يمنيين وإثيوبيين", Yemeni and Ethiopian smugglers; not after a singular
    // adjective, "الجيش الروسي والأوكرانيين", the army and the Ukrainians.)
    const bool people_adjective = b.kind == ActorKind::kPeople && name_kind(a) == ActorKind::kPeople;
    // (Two ministers, the dual, may name the first one between: "وزيرَي خارجية غيانا
    // هيو تود وفنزويلا إيفان خيل".)
    const auto dual = [&](size_t t) {
      return t < tokens.size() &&
             (tokens[t].norm == "\u0648\u0632\u064a\u0631\u064a"_lit ||  // وزيري
              tokens[t].norm == "\u0648\u0632\u064a\u0631\u0627"_lit);   // وزيرا
    };
    const bool named_between = b.first > a.last && b.first <= a.last + 3 &&
                               (dual(a.first) || (a.first > 0 && dual(a.first - 1))) &&
                               std::all_of(tokens.begin() + static_cast<long>(a.last),
                                           tokens.begin() + static_cast<long>(b.first),
                                           [](const Token& t) { return t.word; });
    if (a.kind != ActorKind::kComposed || a.sector.empty() || !(bare(b) || people_adjective) ||
        (b.first != a.last && !named_between) || b.place)
      continue;
    if (!Conjoined(b, tokens)) continue;
    const std::string& w = tokens[b.first].norm;
    // After an adjective (or a state written like one, "السعودية"), an adjective; after a
    // state in the construct ("خارجية روسيا"), a state: not "الجيش الروسي وأوكرانيا".
    const ActorKind owner = name_kind(a);
    // (The construct: the title without the article, "جيشا الهند", "خارجية روسيا".)
    // (Or the state after "من": "العاملات المنزليات من إثيوبيا والفلبين".)
    const bool construct =
        owner == ActorKind::kCountry &&
        (!tokens[a.first].norm.starts_with("\u0627\u0644") ||
         (a.last >= a.first + 3 && tokens[a.last - 2].norm == "\u0645\u0646"_lit));  // من
    // A state's name in the relative form ("والأرمينية", also an old name of Armenia)
    // after an adjective reads as one.
    const bool nisba =
        b.kind == ActorKind::kCountry && (w.ends_with("\u064A\u0647") || w.ends_with("\u064A"));
    const bool adjective = b.kind == ActorKind::kAdj || nisba || people_adjective;
    if (!(adjective && (owner == ActorKind::kAdj || owner == ActorKind::kCountry || people_adjective)) &&
        !(b.kind == ActorKind::kCountry && construct))
      continue;
    give(a, &b);
  }
}

// "Islamic State's Mozambique branch", "the Somalia branch of Islamic State": a group's
// branch named by its state is the group, the state only where it fights.
void AbsorbBranches(const std::vector<Token>& tokens, std::vector<ActorMention>* mentions) {
  static const std::vector<std::string_view> kBranch = {
      "branch", "affiliate", "wing", "franchise", "offshoot", "province", "chapter"};
  const auto land = [](const ActorMention& m) {
    return (m.kind == ActorKind::kCountry || m.kind == ActorKind::kAdj) && m.code.size() == 3;
  };
  std::vector<ActorMention>& ms = *mentions;
  for (size_t k = 0; k + 1 < ms.size(); ++k) {
    ActorMention& a = ms[k];
    const ActorMention& b = ms[k + 1];
    // (The group's possessive first: "Islamic State's Mozambique branch".)
    if (a.kind == ActorKind::kOrg && a.code.starts_with("IMG") && b.first == a.last + 1 &&
        a.last < tokens.size() && tokens[a.last].norm == "'s"_lit && land(b) &&
        b.last < tokens.size() && IsWord(tokens[b.last], kBranch)) {
      a.last = b.last + 1;
      a.span.end = tokens[b.last].span.end;
      ms.erase(ms.begin() + static_cast<long>(k) + 1);
      continue;
    }
    // (Or the branch first, "of" the group after it.)
    if (land(a) && b.kind == ActorKind::kOrg && b.code.starts_with("IMG") &&
        a.last + 2 == b.first && IsWord(tokens[a.last], kBranch) &&
        tokens[a.last + 1].norm == "of"_lit) {
      ms.erase(ms.begin() + static_cast<long>(k));
      --k;
    }
  }
}

// A nationality before a sector word passes on to a second sector word joined to it by
// "and": "Serbian students and farmers" are Serbian farmers too, "the Mozambican
// government and opposition leader X" Mozambique's opposition. Only among walks of
// civilian life and politics: "Russian troops and rebels" need not be Russia's rebels.
void ShareCoordinatedNationality(const std::vector<Token>& tokens, std::vector<ActorMention>* mentions) {
  static const std::set<std::string_view> kPeople = {"CVL", "LAB", "EDU", "HLH", "AGR", "BUS", "REL",
                                                     "MED", "HRI", "GOV", "OPP", "LEG", "JUD"};
  // (Arabic passes it on to a body of the state's politics or a union only: "مسؤولين عراقيين ومصارف
  // حكومية" need not be Iraq's banks.)
  static const std::set<std::string_view> kPolitics = {"GOV", "OPP", "LEG", "JUD", "LAB"};
  auto& ms = *mentions;
  for (size_t k = 1; k < ms.size(); ++k) {
    const ActorMention& a = ms[k - 1];
    ActorMention& b = ms[k];
    // (But rebels called ethnic are the state's own: "Myanmar's military and ethnic armed
    // groups".)
    const size_t the = a.last + 1 < tokens.size() && tokens[a.last + 1].norm == "the"_lit ? 1 : 0;
    const bool ethnic =
        b.code == "REB"_lit && b.first == a.last + 2 + the && tokens[a.last + 1 + the].norm == "ethnic"_lit;
    // (Arabic names the state after its first body, and the second body carries و:
    // "مجلس النواب الليبي والمجلس الأعلى للدولة", "الحكومة الصومالية والمعارضة".)
    const bool arabic =
        IsArabicScript(tokens[a.first].norm) && b.kind == ActorKind::kSector && b.first == a.last &&
        Conjoined(b, tokens) && a.has_country() && a.code.size() == 6 && IsStateCode(a.code) &&
        kPeople.count(std::string_view(a.code).substr(3)) && kPolitics.count(b.code);
    if (!arabic &&
        (a.kind != ActorKind::kComposed || !a.how.starts_with("country+sector") ||
         a.code.size() != 6 || b.kind != ActorKind::kSector || (b.first != a.last + 1 && !ethnic) ||
         IsArabicScript(tokens[a.first].norm) || tokens[a.last].norm != "and"_lit ||
         !(kPeople.count(a.sector) || (ethnic && a.sector == "MIL"_lit)) ||
         !(kPeople.count(b.code) || ethnic)))
      continue;
    b.code = a.code.substr(0, 3) + b.code;
    b.kind = ActorKind::kComposed;
    b.name_entry = a.name_entry;
    b.how += "; shares the nationality of " + a.entity;
  }
}

struct Item {
  size_t first, last;
  bool sector;
  uint32_t id;
  std::string note;                       // how the words were found, when not as written
  std::optional<std::string> guard_code;  // a context guard's code
  bool fuzzy = false;
  uint32_t end_byte = 0;  // a run-together token cut here (0 = no)
  bool located = false;  // governed by a preposition of place: "in Baku", "في باكو", "Bakıda"
};

// "وزير الخارجية والهجرة وشؤون المصريين بالخارج", "وزارة الزراعة والثروة الحيوانية":
// an Arabic minister's or ministry's title goes on with the rest of its portfolio,
// joined by و, so the name or nationality after it is still the minister's, and the
// people the portfolio serves ("المصريين") are no actor of their own. (Not a second
// actor joined by و: "وزير الخارجية والسفير" are two, and the lexicon knows the
// second; "وشؤون" always opens a portfolio.)
void ExtendPortfolios(const std::vector<Token>& tokens, std::vector<Item>* items) {
  auto& its = *items;
  const auto starts_item = [&](size_t t) {
    return std::any_of(its.begin(), its.end(), [&](const Item& x) { return x.first == t; });
  };
  for (size_t k = 0; k < its.size(); ++k) {
    Item& it = its[k];
    // (So does a security agency's name, its parts sector words themselves: "جهاز
    // الاستخبارات والأمن الوطني الإثيوبي", "جهاز الأمن والمخابرات الوطني" are one body.)
    const bool agency = IsWord(tokens[it.first], {"جهاز"});
    if (!it.sector || !(agency || IsWord(tokens[it.first], {"وزير", "وزيره", "وزاره"}))) continue;
    size_t t = it.last;
    for (int part = 0; part < 3 && t < tokens.size(); ++part) {
      if (IsWord(tokens[t], {"وشؤون", "وشوون"}) && t + 1 < tokens.size() && tokens[t + 1].word) {
        t += 2;
        if (t < tokens.size() && IsWord(tokens[t], {"بالخارج"}))
          ++t;
        else if (t + 1 < tokens.size() && IsWord(tokens[t], {"في", "فى"}) &&
                 IsWord(tokens[t + 1], {"الخارج"}))
          t += 2;
      } else if (tokens[t].word && tokens[t].norm.starts_with("\u0648\u0627\u0644") &&
                 CodePoints(tokens[t].norm) > 4 && (agency || !starts_item(t))) {  // وال
        ++t;
        // (An adjective of that part: "والثروة الحيوانية", "والبنى التحتية".)
        if (t < tokens.size() && tokens[t].norm.starts_with("\u0627\u0644") && !starts_item(t))
          ++t;  // ال
      } else {
        break;
      }
    }
    if (t == it.last) continue;
    it.last = t;
    it.end_byte = 0;
    size_t j = k + 1;
    while (j < its.size() && its[j].first < t) ++j;
    its.erase(its.begin() + static_cast<long>(k) + 1, its.begin() + static_cast<long>(j));
  }
}

// The state other than country that qualifies the Arabic name ending before token e
// within three words ("... المتحدين المعارض في دومينيكا", "... لكوت ديفوار", "...
// الزامبي"), or ""; *end is set past the state's name.
std::string QualifyingState(const std::vector<Token>& tokens, size_t e, std::string_view country,
                            const PhraseIndex& names, const ActorLexicon& lex, size_t* end) {
  for (size_t t = e; t < tokens.size() && t < e + 4 && tokens[t].word; ++t) {
    const size_t at = tokens[t].norm == "في"_lit ? t + 1 : t;
    const PhraseMatch m = names.MatchAt(tokens, at);
    if (!m.found()) continue;
    const ActorEntry& q = lex.entry(m.payload);
    const std::string_view state = std::string_view(q.code).substr(0, 3);
    if ((q.kind == ActorKind::kCountry || q.kind == ActorKind::kAdj) && IsStateCode(q.code) &&
        state != country) {
      *end = m.end;
      return std::string(state);
    }
    return "";
  }
  return "";
}

// Does a sector word of the opposition follow token e within eight tokens ("المعارض في
// دومينيكا", "، أكبر أحزاب المعارضة،")?
bool OppositionNear(const std::vector<Token>& tokens, size_t e, const PhraseIndex& sectors,
                    const ActorLexicon& lex) {
  for (size_t t = e; t < tokens.size() && t < e + 8; ++t)
    if (const PhraseMatch m = sectors.MatchAt(tokens, t);
        m.found() && lex.sector(m.payload).sector == "OPP"_lit)
      return true;
  return false;
}

// Is the name at token b the place of something rather than an actor? A capital after
// "in" is where things happen ("talks in Abu Dhabi"), not the government.
bool LocatedAt(const std::vector<Token>& original, const MatchView& view, size_t b,
               const std::string& lang, const ActorLexicon& lex) {
  if (b > 0) {
    // (A word of direction may stand between: "through central Belgrade", "in
    // northern Syria".)
    const bool direction = lang == "en"_lit && b > 1 &&
                           (IsWord(original[b - 1], kSides) || IsWord(original[b - 1], {"downtown", "occupied"}));
    // (A word for a town may stand between too, in Arabic: "في مدينة عدن"; and "the city
    // of Goma" is always a place.)
    // (Or a word of direction, in Arabic: "في شمال بوركينا فاسو".)
    // (Or the word for a capital, or a town's word with the article: "في العاصمة
    // العمانية مسقط", "في المدينة الروسية" name where, not whom.)
    const std::string_view before = original[b - 1].norm;
    const bool region = (lang == "ar"_lit || lang == "fa"_lit) && b > 1 &&
                        (RegionWord(original[b - 1]) || before == "عاصمه"_lit || before == "العاصمه"_lit ||
                         (before.starts_with("ال") && RegionWord(before.substr(4))) ||
                         (lang == "ar"_lit && IsWord(original[b - 1], {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
                                                                        "شرقي", "غربي"})));
    if (lang == "en"_lit && b > 1 && original[b - 1].norm == "of"_lit && RegionWord(original[b - 2])) return true;
    // ("in the Kenyan capital, Nairobi,": the name set off after the town's word.)
    if (lang == "en"_lit && b > 1 && original[b - 1].norm == ","_lit && PlaceNoun(original[b - 2])) return true;
    const std::string& p = original[direction || region ? b - 2 : b - 1].norm;
    if (lang == "en"_lit && (p == "in"_lit || p == "at"_lit || p == "near"_lit || p == "outside"_lit || p == "inside"_lit ||
                         p == "around"_lit || p == "through"_lit || p == "across"_lit || p == "throughout"_lit))
      return true;
    if ((lang == "ar"_lit || lang == "fa"_lit) && (p == "\u0641\u064A"_lit || p == "\u062F\u0631"_lit))
      return true;                                                            // في, در
    // (The name after "العاصمة" and its nisba: "في العاصمة الكوبية هافانا".)
    if (lang == "ar"_lit && b > 2 && IsWord(original[b - 2], {"العاصمه", "بالعاصمه", "وبالعاصمه"})) return true;
    // وسط, قرب, داخل, خارج, حول, قبالة: "تظاهروا في وسط عمان" is where, not whom.
    if (lang == "ar"_lit &&
        IsWord(original[b - 1], {"\u0648\u0633\u0637", "\u0642\u0631\u0628",
                                 "\u062F\u0627\u062E\u0644", "\u062E\u0627\u0631\u062C",
                                 "\u062D\u0648\u0644", "\u0642\u0628\u0627\u0644\u0647"}))
      return true;
    // (Or a body's seat: "منظمة حقوقية مقرها نيروبي" is based there, no actor.)
    if (lang == "ar"_lit && IsWord(original[b - 1], {"مقرها", "مقره", "ومقرها", "ومقره"}))
      return true;
    // (Or a word of direction in its adverbial form, which always places what follows:
    // "شرقي الكونغو الديمقراطية", "جنوبي لبنان"; as "in eastern Congo" does.)
    if (lang == "ar"_lit && IsWord(original[b - 1], {"شمالي", "جنوبي", "شرقي", "غربي"})) return true;
    // (Or ب written on the word for a town: "بمدينة إزمير", "وبولاية بورنو".)
    if (lang == "ar"_lit && b > 1) {
      std::string_view w = original[b - 1].norm;
      if (w.starts_with("\u0648") || w.starts_with("\u0641")) w.remove_prefix(2);  // و ف
      if (w.starts_with("\u0628") && RegionWord(w.substr(2))) return true;          // ب
      if (w == "بالعاصمه"_lit) return true;
    }
    if (lang == "ru"_lit && (p == "\u0432"_lit || p == "\u0432\u043E"_lit)) return true;  // в, во
    if (lang == "az"_lit && p == "\u015F\u0259h\u0259rind\u0259"_lit) return true;      // şəhərində
  }
  const std::string& w = original[b].norm;
  if ((lang == "ar"_lit || lang == "fa"_lit) && IsArabicScript(w)) {
    // The preposition ب written on the word: بباكو, وبموسكو (a name that begins with
    // ب, such as باكو, is known as it is).
    // (With a conjunction first, the name is the word without it: "وباكستان".)
    const bool conj = w.starts_with("\u0648") || w.starts_with("\u0641");
    const std::string_view bare = conj ? std::string_view(w).substr(2) : std::string_view(w);
    const bool ba = bare.starts_with("\u0628");
    if (ba && !lex.KnowsWord(lang, ArabicLexiconForm(w)) && !lex.KnowsWord(lang, ArabicLexiconForm(bare)))
      return true;
  }
  if (lang == "tr"_lit || lang == "az"_lit) {
    // A locative suffix removed to match: Moskova'da, Bakıda, Ankara'dan is not one.
    const std::string& note = view.Note(b);
    for (const char* suf : {"'da", "'de", "'ta", "'te"})
      if (w.ends_with(suf)) return true;
    if (note.starts_with("suffix") &&
        (w.ends_with("da") || w.ends_with("də") || w.ends_with("de")) && !w.ends_with("dan") &&
        !w.ends_with("dən") && !w.ends_with("den"))
      return true;
  }
  return false;
}

// A part of a town or a small place, whose people are the state's: "residents of a
// township in Kenya", "residents of Port-au-Prince's Canapé-Vert neighbourhood".
bool QuarterWord(const Token& t) {
  return IsWord(
      t, {"township", "neighbourhood", "neighborhood", "suburb", "hamlet", "slum", "quarter"});
}

}  // namespace

bool Conjoined(const ActorMention& m, const std::vector<Token>& tokens) {
  const std::string& w = tokens[m.first].norm;
  const std::string_view wa = "\u0648", double_wa = "\u0648\u0648", wa_al = "\u0648\u0627\u0644";  // و وو وال
  // (A name that itself starts with و is joined by a second one, "ووزير", or by و
  // before its article, "والوزير".)
  return IsArabicScript(w) && w.starts_with(wa) &&
         (!m.entity.starts_with(wa) || (w.starts_with(double_wa) && !m.entity.starts_with(double_wa)) ||
          (w.starts_with(wa_al) && !m.entity.starts_with(wa_al)));
}

bool RegionWord(std::string_view norm) {
  // (The dual in construct too, "في مدينتي مالابو وباتا"; and the streets of a town,
  // "في شوارع تيغوسيغالبا"; an island, "في جزيرة سانتياغو", no Chilean capital; an
  // airport, "شرطة الحدود في مطار براغ".)
  for (std::string_view w : {"مدينه", "بلده", "قريه", "محافظه", "ولايه", "منطقه", "اقليم", "مدن", "محافظات", "ولايات",
                             "مناطق", "قري", "بلدات", "قضاء", "مديريه", "مقاطعه", "ناحيه", "مدينتي", "محافظتي",
                             "ولايتي", "بلدتي", "قريتي", "منطقتي", "مقاطعتي", "شوارع", "جزيره", "مطار", "city", "town",
                             "village", "province", "region", "district", "streets", "island"})
    if (norm == w) return true;
  return false;
}

bool RegionWord(const Token& t) { return RegionWord(std::string_view(t.norm)); }

bool PlaceNoun(const Token& t) {
  return RegionWord(t) || IsWord(t, {"capital", "port", "border", "frontier", "coast"});
}

void PrepareActorRecognition(const ActorLexicon& lex) {
  for (std::string_view lang : kFuzzyLangs) lex.PrepareFuzzy(std::string(lang));
}

bool ResolveActorEntry(const ActorLexicon& lex, uint32_t id, const std::string& date,
                       const std::string& entity_filter, ActorMention* m) {
  const ActorEntry& e = lex.entry(id);
  m->kind = e.kind;
  m->entity = e.surface;
  m->entity_id = e.entity;
  m->name_entry = id;
  // A plural demonym ("Azerbaijanis", "الروس", "россияне") names the country's people.
  auto code_of = [](const ActorEntry& r) {
    if (r.kind == ActorKind::kPeople) return r.code.substr(0, 3) + "CVL";
    // (An organisation's adjective keeps its whole code: "أممي", IGOUNO.)
    return (r.kind == ActorKind::kAdj || r.kind == ActorKind::kCountry) && IsStateCode(r.code) ? r.code.substr(0, 3)
                                                                                               : r.code;
  };
  const ActorEntry* dflt = nullptr;
  const ActorEntry* latest = nullptr;
  for (uint32_t alt : lex.Alternatives(id)) {
    const ActorEntry& r = lex.entry(alt);
    if (!entity_filter.empty() && r.entity != entity_filter) continue;
    if (!r.dated()) {
      if (!dflt) dflt = &r;
      continue;
    }
    if (!date.empty() && From(r.from) <= date && date <= To(r.to)) {
      if (r.code.empty()) return false;
      m->code = code_of(r);
      m->kind = r.kind;
      m->entity_id = r.entity;
      m->how = (r.kind == ActorKind::kPerson ? "role " : "valid ") + r.from + ".." + r.to;
      return true;
    }
    if (!latest || To(r.to) > To(latest->to)) latest = &r;
  }
  if (dflt) {
    if (dflt->code.empty()) return false;
    m->code = code_of(*dflt);
    m->kind = dflt->kind;
    m->entity_id = dflt->entity;
    m->how = latest ? "default code" : "name";
    return true;
  }
  if (!latest || latest->code.empty()) return false;
  m->entity_id = latest->entity;
  if (date.empty()) {
    m->code = code_of(*latest);
    m->how = latest->kind == ActorKind::kPerson ? "latest role (no document date)"
                                                : "latest code (no document date)";
    return true;
  }
  if (latest->kind == ActorKind::kPerson) {
    // Outside every known role: the person's country only.
    m->code = latest->code.substr(0, 3);
    m->how = "no role on " + date;
    return true;
  }
  if (latest->kind == ActorKind::kCountry || latest->kind == ActorKind::kAdj) {
    // A historical state's name keeps naming that state ("the Soviet Union" in 2025).
    m->code = code_of(*latest);
    m->how = "historical name";
    return true;
  }
  return false;  // a capital, seat or organisation code outside its period
}

std::vector<ActorMention> RecognizeActors(const Sentence& s, const ActorLexicon& lex,
                                          const std::string& doc_date) {
  const std::string& lang = s.lang;
  const MatchView view = MakeView(s, lex);
  // Turkish and Azerbaijani: a second view in which known words also show their base
  // form, tried where the first finds nothing.
  const bool turkic = lang == "tr"_lit || lang == "az"_lit;
  const MatchView all_forms = turkic ? MakeView(s, lex, /*all_forms=*/true) : MatchView(s.tokens);
  const auto& tokens = view.tokens();
  const PhraseIndex& names = lex.Names(lang);
  const PhraseIndex& sectors = lex.Sectors(lang);
  const PhraseIndex& name_stems = lex.NameStems(lang);
  const PhraseIndex& sector_stems = lex.SectorStems(lang);
  const bool need_capital = NeedsCapital(lang);
  // Russian and Azerbaijani write nationality adjectives in lower case (российский,
  // rus); names and nouns still need their capital.
  const bool lower_adj = lang == "ru"_lit || lang == "az"_lit || lang == "uk"_lit || lang == "be"_lit;
  struct Found {
    PhraseMatch n, sec;
    std::string note, sec_note;
    const MatchView* view;
  };
  auto match_at = [&](const MatchView& v, size_t i) {
    // Where names need a capital, a name found at a lower-case word is dropped below
    // (lower-case adjectives aside): the name indexes are not asked there at all.
    const bool name_here = !need_capital || lower_adj || Capitalised(v.tokens()[i]);
    Found f{name_here ? names.MatchAt(v.tokens(), i) : PhraseMatch{}, sectors.MatchAt(v.tokens(), i), {}, {}, &v};
    if (f.n.found()) f.note = v.Note(i);
    if (!f.n.found() && name_here && name_stems.size()) {
      f.n = name_stems.MatchAt(v.tokens(), i);
      if (f.n.found()) f.note = "stem";
    }
    if (f.n.found() && need_capital && !Capitalised(v.tokens()[i]) &&
        !(lower_adj && lex.entry(f.n.payload).kind == ActorKind::kAdj))
      f.n = {};
    // A capital or town after a name and a Romance "de" is the end of a longer name the
    // lexicon does not know: "the Santa Rosa de Lima cartel", "San Pedro de Macorís".
    if (f.n.found() && lang == "en"_lit && i >= 2 && v.tokens()[i - 2].capital &&
        IsWord(v.tokens()[i - 1], {"de", "del", "da", "do", "dos", "di"}))
      if (const ActorKind k = lex.entry(f.n.payload).kind; k == ActorKind::kCapital || k == ActorKind::kCity) f.n = {};
    // The relative ending makes a nationality only of a state's name: "الرياضية" is
    // "sporting", not of Riyadh; "القاهري" no actor.
    const auto nisba = [](const std::string& note) {
      return note == "suffix +\u064A"_lit || note.starts_with("suffix +\u064A:");
    };
    if (f.n.found() && nisba(f.note) && lex.entry(f.n.payload).kind != ActorKind::kCountry)
      f.n = {};
    // A place's name keeps its article: "منزله" (his house) is not المنزلة, "جزائر"
    // (islands) not الجزائر, "كويتا" (Quetta, read with the accusative ending) not الكويت.
    // (A name without one may be its nationality too: "ضابطاً تشيلياً".)
    // (Unless the lexicon has the word without it too, as the nisba "سعودية" beside the
    // state "السعودية": then it is that entry.)
    if (f.n.found() && lang == "ar"_lit)
      if (const ActorEntry& e = lex.entry(f.n.payload);
          (e.kind == ActorKind::kCountry || e.kind == ActorKind::kCapital || e.kind == ActorKind::kSeat ||
           e.kind == ActorKind::kCity) &&
          NormalizeWord(e.surface).starts_with("\u0627\u0644") && !HasArabicArticle(s.tokens[i].norm, 2)) {
        const auto& alts = lex.Alternatives(f.n.payload);
        const auto bare = std::find_if(alts.begin(), alts.end(), [&](uint32_t a) {
          return !NormalizeWord(lex.entry(a).surface).starts_with("\u0627\u0644");
        });
        if (bare != alts.end())
          f.n.payload = *bare;
        else
          f.n = {};
      }
    // (And a capital's name written without one is no capital with it: "مسار الكابل" is
    // a cable's route, not Kabul's. Cities from the gazetteer may drop theirs: "بصرة".)
    if (f.n.found() && lang == "ar"_lit && f.n.end == i + 1)
      if (const ActorEntry& e = lex.entry(f.n.payload);
          e.kind == ActorKind::kCapital && !NormalizeWord(e.surface).starts_with("\u0627\u0644") &&
          HasArabicArticle(s.tokens[i].norm, 2))
        f.n = {};
    // A title after بن or بنت is a father's given name: "محمد بن زايد بن سلطان".
    if (f.sec.found() && lang == "ar"_lit && i > 0) {
      const std::string& before = v.tokens()[i - 1].norm;
      if (before == "\u0628\u0646"_lit || before == "\u0628\u0646\u062a"_lit) f.sec = {};  // بن بنت
    }
    if (f.sec.found()) f.sec_note = v.Note(i);
    // A sector noun with the relative ending ي is an adjective ("التعاون الأمني",
    // security cooperation), not the institution (الأمن).
    if (f.sec.found() && nisba(f.sec_note)) f.sec = {};
    if (!f.sec.found() && sector_stems.size()) {
      f.sec = sector_stems.MatchAt(v.tokens(), i);
      if (f.sec.found()) f.sec_note = "stem";
    }
    return f;
  };
  // (A nationality may stand inside an Arabic body's name, before its complement with
  // ل: "اللجنة الإثيوبية لحقوق الإنسان" is the "لجنة حقوق الإنسان" of Ethiopia.) The
  // body's phrase read without the nationality at i + 1, in the sentence's positions.
  auto split_body = [&](size_t i, Found* nationality) -> PhraseMatch {
    // (The body's noun is definite: "اللجنة".)
    if (lang != "ar"_lit || i + 2 >= tokens.size() || !IsArabicScript(tokens[i + 2].norm) ||
        !tokens[i + 2].norm.starts_with("\u0644") || !HasArabicArticle(tokens[i].norm, 3))  // ل
      return {};
    *nationality = match_at(view, i + 1);
    if (!nationality->n.found() || nationality->n.end != i + 2 ||
        lex.entry(nationality->n.payload).kind != ActorKind::kAdj)
      return {};
    std::vector<Token> body{tokens[i]};
    body.insert(body.end(), tokens.begin() + static_cast<long>(i) + 2,
                tokens.begin() + static_cast<long>(std::min(tokens.size(), i + 8)));
    PhraseMatch m = sectors.MatchAt(body, 0);
    if (m.end < 2 || lex.sector(m.payload).sector == kNoSector) return {};
    m.begin = i;
    m.end += i + 1;
    return m;
  };
  std::vector<Item> items;
  for (size_t i = 0; i < tokens.size();) {
    Found f = match_at(view, i);
    if (turkic && !f.n.found() && !f.sec.found()) f = match_at(all_forms, i);
    const MatchView& v = *f.view;
    PhraseMatch& n = f.n;
    PhraseMatch& sec = f.sec;
    std::string& note = f.note;
    // (An Arabic body's name may put its last words in quotes: "حركة «الشباب»",
    // "جبهة «تحرير أزواد»" are the names "حركة الشباب", "جبهة تحرير أزواد"; read it
    // without the quotation mark when that gives a longer name that ends where the quote
    // closes: "حزب «التقدم إلى الأمام»" is not the "حزب التقدم" of another state.)
    if (lang == "ar"_lit && i + 2 < tokens.size() && IsDoubleQuote(tokens[i + 1]) && IsArabicScript(tokens[i].norm)) {
      std::vector<Token> body{tokens[i]};
      body.insert(body.end(), tokens.begin() + static_cast<long>(i) + 2,
                  tokens.begin() + static_cast<long>(std::min(tokens.size(), i + 10)));
      if (const PhraseMatch m = names.MatchAt(body, 0);
          m.end >= 2 && m.end + i + 1 > std::max(n.end, sec.end) && m.end + i + 1 < tokens.size() &&
          IsDoubleQuote(tokens[m.end + i + 1]) && lex.entry(m.payload).kind == ActorKind::kOrg) {
        n = m;
        n.begin = i;
        n.end = m.end + i + 1;
        f.note = view.Note(i + 2);
      }
    }
    // (A body's kind and its adjective may stand on either side of the quoted name the
    // lexicon does not know: "شبكة «فوكستروت» الإجرامية", "جماعة «العودة والمطالبة»
    // المتمردة" are a criminal network and a rebel group; the mention runs over the name
    // to the adjective, so that a nationality after it composes with it.)
    // (Or the kind may open the quoted name: "«حكومة الوحدة الوطنية» الموازية", a
    // parallel government.)
    const size_t kind =
        lang != "ar"_lit || n.found() || sec.found() || i + 3 >= tokens.size() ? tokens.size()
        : IsDoubleQuote(tokens[i + 1]) && IsArabicScript(tokens[i].norm)       ? i
        : IsDoubleQuote(tokens[i]) && IsArabicScript(tokens[i + 1].norm)       ? i + 1
                                                                               : tokens.size();
    if (kind < tokens.size()) {
      constexpr size_t kQuotedName = 6;
      for (size_t q = kind + 2; q < tokens.size() && q <= kind + 2 + kQuotedName; ++q) {
        if (!IsDoubleQuote(tokens[q])) continue;
        if (q + 1 < tokens.size() && HasArabicArticle(tokens[q + 1].norm, 3)) {
          const std::vector<Token> body{tokens[kind], tokens[q + 1]};
          if (const PhraseMatch m = sectors.MatchAt(body, 0);
              m.end == 2 && lex.sector(m.payload).sector != kNoSector)
            sec = PhraseMatch{m.payload, kind, q + 2};
        }
        break;
      }
      // (A nationality inside the quoted name makes it that state's body: "حزب «الاتحاد
      // الديمقراطي السيشيلي» المعارض" is a Seychelles opposition party.)
      bool split = false;
      for (size_t t = kind + 2; sec.found() && sec.begin == i && !split && t + 2 < sec.end; ++t)
        if (const Found inner = match_at(view, t);
            inner.n.found() && inner.n.end + 2 <= sec.end &&
            lex.entry(inner.n.payload).kind == ActorKind::kAdj) {
          items.push_back({i, i + 1, true, sec.payload, "", std::nullopt, false, 0});
          items.push_back(
              {i + 1, sec.end, false, inner.n.payload, inner.note, std::nullopt, false, 0});
          split = true;
        }
      if (split) {
        i = sec.end;
        continue;
      }
    }
    // (The nationality's item takes the rest of the name, so that the two make one
    // actor over all of it.)
    if (!n.found() && !sec.found()) {
      Found inner;
      if (const PhraseMatch body = split_body(i, &inner); body.found()) {
        items.push_back({i, i + 1, true, body.payload, "", std::nullopt, false, 0});
        items.push_back({i + 1, body.end, false, inner.n.payload, inner.note, std::nullopt, false, 0});
        i = body.end;
        continue;
      }
    }
    if (n.found() && n.end >= sec.end) {
      const ActorEntry& e = lex.entry(n.payload);
      auto guard = ApplyGuards(lex, n.payload, v.tokens(), n.begin, n.end, lang, names, sectors);
      if (e.kind == ActorKind::kNone || (guard && guard->empty())) {
        i = n.end;  // known not to be an actor here: its words are consumed
        continue;
      }
      // "حزب العمال المتحدين المعارض في دومينيكا", "الحزب الديمقراطي لكوت ديفوار، أكبر
      // أحزاب المعارضة": a party name read by default as another state's (Britain's
      // Labour, the US Democrats) that another state qualifies within a few words is a
      // party of that state, in opposition when the words after it say so.
      if (!guard && lang == "ar"_lit && e.kind == ActorKind::kOrg &&
          e.code.find("PTY") != std::string::npos) {
        size_t end = 0;
        // (Past the quote that closes a quoted name: "حزب «القوة الشعبية» المعارض في
        // جمهورية الدومينيكان".)
        const size_t after =
            n.end + (n.end < v.tokens().size() && IsDoubleQuote(v.tokens()[n.end]) ? 1 : 0);
        if (const std::string other =
                QualifyingState(v.tokens(), after, e.code.substr(0, 3), names, lex, &end);
            !other.empty()) {
          guard = other + (OppositionNear(v.tokens(), n.end, sectors, lex) ? "OPPPTY" : "PTY");
          n.end = end;  // (the state's words are the party's name)
        }
      }
      // "Ousman Sonko, a former Gambian interior minister": a person known by a surname
      // alone, after another given name (a capitalised word that is no name, title or
      // honorific the lexicons know), is someone else of that name.
      if (e.kind == ActorKind::kPerson && n.end == n.begin + 1 && n.begin > 0) {
        const Token& w = v.tokens()[n.begin - 1];
        const bool given = w.word && w.capital && CodePoints(w.norm) >= 4 && !IsArabicScript(w.norm) &&
                           !(n.begin - 1 == 0 && TextData::Get().IsSentenceStarter(lang, w.norm)) &&
                           !names.MatchAt(v.tokens(), n.begin - 1).found() &&
                           !sectors.MatchAt(v.tokens(), n.begin - 1).found();
        if (given) {
          i = n.end;
          continue;
        }
      }
      // "the Kurdish-led SDF", "Iranian-backed militias", "Russian-made drones": a
      // nationality in a hyphenated modifier qualifies another actor or a thing.
      // (So is a state's name before a participle: "the Rwanda-backed M23",
      // "Iran-aligned factions".)
      const bool participle = n.end + 1 < tokens.size() &&
                              (tokens[n.end + 1].norm.ends_with("ed") ||
                               IsWord(tokens[n.end + 1], {"made", "held", "run", "built"}));
      // (But what is owned or flagged there is that state's: "a Greek-owned tanker".)
      const bool owned = n.end + 1 < tokens.size() &&
                         IsWord(tokens[n.end + 1], {"owned", "flagged", "registered", "operated"});
      // (Nor is one that a prefix of many nations binds: "the Pan-American Highway",
      // "pan-Arab", "the Inter-American Court".)
      // (Nor a people's origin: "residents of Nepali descent" live where the sentence says.)
      const bool no_state =
          e.kind == ActorKind::kAdj &&
          ((n.begin >= 2 && InnerHyphen(tokens, n.begin - 1) &&
            IsWord(tokens[n.begin - 2], {"pan", "inter"})) ||
           (n.begin >= 1 && tokens[n.begin - 1].norm == "of" && n.end < tokens.size() &&
            IsWord(tokens[n.end], {"descent", "origin", "heritage", "extraction", "ancestry"})));
      if (no_state ||
          ((e.kind == ActorKind::kAdj || (e.kind == ActorKind::kCountry && participle)) && !owned &&
           HyphenatedAt(tokens, n.end - 1))) {
        i = n.end;
        continue;
      }
      for (size_t t = n.begin + 1; t < n.end && note.empty(); ++t) note = v.Note(t);
      // "President Xi Jinping": a title's name that goes on as the full name of the
      // same person takes it whole (no "Jinping" left between two actors).
      if (e.kind == ActorKind::kPerson && n.end - n.begin >= 2) {
        const Found whole = match_at(view, n.end - 1);
        if (whole.n.found() && whole.n.end > n.end && lex.entry(whole.n.payload).entity == e.entity) n.end = whole.n.end;
      }
      // ("in the South Korean city of Gyeongju": a nationality before "city of" tells
      // where the city is.)
      // (Nor in "talks in the Omani capital, Muscat", "units along the Syrian border": a
      // nationality before a town's word or a border, after "the" and a preposition of
      // place.)
      const bool city_of =
          lang == "en"_lit && e.kind == ActorKind::kAdj && n.end + 1 < tokens.size() &&
          PlaceNoun(tokens[n.end]) &&
          (tokens[n.end + 1].norm == "of"_lit ||
           (n.begin > 1 && tokens[n.begin - 1].norm == "the"_lit &&
            IsWord(tokens[n.begin - 2], {"in", "at", "near", "outside", "inside", "around", "across", "along", "to",
                                         "toward", "towards", "off"})));
      items.push_back({n.begin, n.end, false, n.payload, note, guard, false, v.Cut(n.end - 1),
                       city_of || LocatedAt(s.tokens, v, n.begin, lang, lex)});
      i = n.end;
      continue;
    }
    // The first part of a hyphenated modifier is no sector: "military-led government".
    if (sec.found() && HyphenatedAt(tokens, sec.end - 1)) {
      i = sec.end;
      continue;
    }
    // ("مدني" is "civilian" only after a number: "200 مدني", "ألف مدني".)
    using Condition = SectorEntry::Condition;
    const Condition condition = sec.found() ? lex.sector(sec.payload).condition : Condition::kNone;
    if ((condition == Condition::kAfterNumber && !NumberBefore(tokens, sec.begin)) ||
        (condition == Condition::kDefinite && !HasArabicArticle(tokens[sec.begin].norm, 3))) {
      i = sec.end;
      continue;
    }
    if (sec.found() && lex.sector(sec.payload).sector == kNoSector) {
      i = sec.end;  // "official visit": the sector word qualifies a thing
      continue;
    }
    // ("Uganda's national teachers' union": "national" right before another sector
    // word qualifies it; it is no citizen.)
    if (sec.found() && lang == "en"_lit && sec.end == sec.begin + 1 && tokens[sec.begin].norm == "national"_lit &&
        match_at(view, sec.end).sec.found()) {
      i = sec.end;
      continue;
    }
    if (sec.found()) {
      std::string sec_note = f.sec_note;
      for (size_t t = sec.begin + 1; t < sec.end && sec_note.empty(); ++t) sec_note = v.Note(t);
      items.push_back({sec.begin, sec.end, true, sec.payload, sec_note, std::nullopt, false,
                       v.Cut(sec.end - 1)});
      i = sec.end;
      continue;
    }
    const Token& t = tokens[i];
    // (Not a word of a longer proper name, "President Martin Vizcarra": a first name is
    // no misspelt town, "Martin" no "Mardin".)
    const auto capital_at = [&](size_t k) { return k < tokens.size() && tokens[k].word && tokens[k].capital; };
    if (t.word && t.capital && UsesFuzzyNames(lang) && !capital_at(i + 1) && !(i > 0 && capital_at(i - 1))) {
      FuzzyHit f = Fuzzy(lex, lang, t.norm);
      uint32_t end_byte = 0;
      std::string word = t.norm;
      if (!f.found && lang == "en"_lit) {
        // A run-together token: match its first word ("YektrinburgThe").
        if (size_t cut = GluedWordCut(t)) {
          word = t.norm.substr(0, cut);
          f = Fuzzy(lex, lang, word);
          end_byte = t.span.begin + static_cast<uint32_t>(cut);
        }
      }
      if (f.found) {
        Item it{i,
                i + 1,
                false,
                f.id,
                "fuzzy: " + word + " ~ " + lex.entry(f.id).surface,
                std::nullopt,
                true,
                end_byte};
        items.push_back(std::move(it));
      }
    }
    ++i;
  }

  if (lang == "ar"_lit) ExtendPortfolios(tokens, &items);
  std::vector<ActorMention> out;
  std::vector<bool> used(items.size(), false);
  // Names that give a sector word its country, and names (organisations, seats of
  // power) that a title word joins without changing their code ("Kremlin spokesman",
  // "NATO Secretary-General", "الأمين العام للأمم المتحدة").
  auto country_like = [&](const Item& it) {
    if (it.sector) return false;
    const ActorKind k = lex.entry(it.id).kind;
    return k == ActorKind::kCountry || k == ActorKind::kAdj || k == ActorKind::kPeople ||
           k == ActorKind::kCapital || k == ActorKind::kCity;
  };
  auto titled_name = [&](const Item& it) {
    if (it.sector) return false;
    const ActorKind k = lex.entry(it.id).kind;
    return k == ActorKind::kOrg || k == ActorKind::kSeat;
  };
  // Arabic and Persian put the nationality or the state after the noun ("الشرطة
  // الروسية", "پلیس روسیه"); a name before a sector word is not its owner there.
  const bool noun_first = lang == "ar"_lit || lang == "fa"_lit || lang == "ur"_lit;
  auto mention = [&](const Item& a, const Item& b) {
    ActorMention m;
    m.first = a.first;
    m.last = b.last;
    m.span = {tokens[a.first].span.begin, b.end_byte ? b.end_byte : tokens[b.last - 1].span.end};
    return m;
  };
  // The code of a name item on the document's date (guards and dates applied).
  auto name_code = [&](const Item& it, ActorMention* m) {
    if (!ResolveActorEntry(lex, it.id, doc_date, "", m)) return false;
    if (it.guard_code) {
      m->code = *it.guard_code;
      m->how = "context guard";
      m->guarded = true;
    }
    return true;
  };
  auto with_note = [](std::string how, const std::string& note) {
    return note.empty() ? how : how + " (" + note + ")";
  };
  // A short city's name met only by a near spelling makes no actor of a sector word: a
  // short word has too many near neighbours ("Amhara civilians" are not of the Japanese
  // town Aihara, nor "Aymara villagers" of Asmara); a long one has few ("Yektrinburg police").
  const auto fuzzy_short_city = [&](const Item& name) {
    const ActorKind kind = lex.entry(name.id).kind;
    return name.fuzzy && (kind == ActorKind::kCity || kind == ActorKind::kCapital) &&
           CodePoints(tokens[name.first].norm) < 8;
  };
  auto compose = [&](const Item& name, const Item& sec, ActorMention* m) {
    ActorMention n;
    if (!name_code(name, &n)) return false;
    const SectorEntry& se = lex.sector(sec.id);
    const std::string country = n.code.substr(0, 3);
    // (An organisation's adjective, "المبعوث الأممي", joins a title as its name does.)
    if (titled_name(name) || (lex.entry(name.id).kind == ActorKind::kAdj && !IsStateCode(n.code))) {
      // Only officials' titles join an organisation ("spokesman", "journalists"), and
      // its armed men ("ELN rebels", "Fano militia"); a student or a resident of
      // something is not its voice.
      const std::string_view role = std::string_view(se.sector).substr(0, 3);
      if (!OfficeSector(role) && role != "MED"_lit && role != "REB"_lit) return false;
      m->code = n.code;
    } else {
      m->code = se.before ? se.sector + country : country + se.sector;
    }
    m->kind = ActorKind::kComposed;
    m->sector = se.sector;
    m->posted = se.posted;
    m->name_entry = name.id;
    m->entity_id = n.entity_id;
    return true;
  };
  for (size_t k = 0; k < items.size(); ++k) {
    if (used[k]) continue;
    const Item& it = items[k];
    if (!it.sector) {
      // Country + sector: "Azerbaijani police", "Russia's foreign ministry",
      // "Russian state media" (one word between), "Yekaterinburg police".
      if ((country_like(it) || titled_name(it)) && !noun_first && it.end_byte == 0 &&
          k + 1 < items.size() && items[k + 1].sector) {
        const Item& sec = items[k + 1];
        const size_t gap = sec.first - it.last;
        // "Russia's", Turkish "Rusya'nın" (the case suffix is a token of its own).
        const bool apostrophe =
            tokens[it.last].norm == "'s"_lit || tokens[it.last].norm.starts_with("'");
        const bool possessive = gap == 1 && apostrophe;
        // One word between ("Russian state media"; not after a possessive: "Armenia's
        // new military doctrine"), or one hyphenated modifier ("Niger's military-led
        // government").
        const size_t w = it.last + (apostrophe ? 1 : 0), between = sec.first - w;
        // (Not a verb after a state's name: a headline's "Honduras recalls ambassador",
        // a past tense's "Egypt sent troops", "Chad deployed soldiers".)
        const std::string& between_word = tokens[w].norm;
        const bool verb_after_name = lex.entry(it.id).kind != ActorKind::kAdj &&
                                     ((between_word.size() > 3 && ((between_word.ends_with("s") && !between_word.ends_with("ss")) ||
                                                                   between_word.ends_with("ed"))) ||
                                      IsWord(tokens[w], kPastTenses));
        const bool one_word = country_like(it) && (apostrophe ? gap >= 2 : gap >= 1) &&
                              (between == 1 ? !apostrophe && tokens[w].word && !tokens[w].capital && !verb_after_name &&
                                                  !IsWord(tokens[w], kNotModifiers)
                                            : between == 3 && HyphenatedAt(tokens, w));
        // "a Chinese-owned trading company", "a Venezuelan-flagged trawler": a name joined
        // by a hyphen to a word of ownership owns the sector word after it. (Not one that
        // backs or funds it: an "Iran-backed militia" is no Iranian body.)
        // (Past one word of a firm's trade: "a Yangon-based trading company", "a
        // Chinese-owned logging company".)
        const bool owned =
            lang == "en" && country_like(it) && !apostrophe && (gap == 2 || gap == 3) &&
            InnerHyphen(tokens, w) &&
            IsWord(tokens[w + 1], {"owned", "flagged", "registered", "based", "run", "operated"}) &&
            (gap == 2 || (IsWord(tokens[w + 1], {"owned", "based"}) && tokens[w + 2].word &&
                          !tokens[w + 2].capital && lex.sector(sec.id).sector == "BUS"_lit));
        // After a possessive, one or two qualifiers of standing ("Somalia's federal
        // government", "Yemen's internationally recognised government"), when the
        // sector word is the head: not followed by a noun of its own ("Armenia's new
        // military doctrine").
        // (An adverb may come before its verb: "Bangladesh's interim government formally
        // asked".)
        const auto verb_or_function = [&](size_t t) {
          return t >= tokens.size() || !tokens[t].word || tokens[t].capital ||
                 IsWord(tokens[t], {"said", "says", "has", "have", "had", "was", "were", "is", "are", "will",
                                    "would", "could", "of", "in", "on", "to", "and", "which", "that", "who", "for",
                                    "with", "at", "from", "after", "also", "by", "a", "an", "the"}) ||
                 IsWord(tokens[t], kPastTenses) || (tokens[t].norm.size() > 4 && tokens[t].norm.ends_with("ed"));
        };
        const bool adverb = sec.last + 1 < tokens.size() && tokens[sec.last].word && !tokens[sec.last].capital &&
                            tokens[sec.last].norm.size() > 5 && tokens[sec.last].norm.ends_with("ly") &&
                            tokens[sec.last + 1].word && verb_or_function(sec.last + 1);
        // (Or by a word for the body the sector word names, or for its men: "Togo's
        // main opposition coalition accused".)
        const bool body_after = sec.last < tokens.size() && IsWord(tokens[sec.last], kBodyHeads);
        const bool head = verb_or_function(sec.last) || adverb || body_after;
        const bool in_name = tokens[sec.first].capital;
        const bool qualified = lang == "en" && apostrophe && country_like(it) &&
                               (between == 1 || between == 2) && head &&
                               QualifierWord(tokens[w], in_name) &&
                               (between == 1 || QualifierWord(tokens[w + 1], in_name));
        // A rank before the post, capital or not, after a possessive or not ("Russian
        // Deputy Foreign Minister", "Iran's deputy foreign minister", "Kenya's acting
        // interior minister", "First Deputy Prime Minister"): the post is still the state's.
        const auto rank = [&](size_t t) {
          return IsWord(tokens[t], {"deputy", "vice", "acting", "assistant", "first"});
        };
        const bool ranked = lang == "en" && country_like(it) && (between == 1 || between == 2) && rank(w) &&
                            (between == 1 || rank(w + 1));
        // A people's or a region's name between a nationality and people who bear no
        // office ("Ethiopian Amhara militiamen", "Nigerian Fulani herders"): still that
        // state's. (Not a plural, a body's name: "Indian Railways engineers".)
        // (Or a faith's between a state's possessive and its clergy: "Lebanon's Maronite
        // Patriarch", "Egypt's Coptic Pope".)
        // (A church's name may take up to three: "the Ethiopian Orthodox Tewahedo Church".)
        const bool church = lex.sector(sec.id).sector == "REL"_lit && tokens[sec.first].capital;
        const bool people_named =
            lang == "en" &&
            (lex.entry(it.id).kind == ActorKind::kAdj ||
             (apostrophe && country_like(it) && lex.sector(sec.id).sector == "REL"_lit)) &&
            (between == 1 || (church && between <= 3)) &&
            std::all_of(
                tokens.begin() + static_cast<long>(w),
                tokens.begin() + static_cast<long>(sec.first),
                [](const Token& t) { return t.word && t.capital && !t.norm.ends_with("s"); }) &&
            !OfficeSector(lex.sector(sec.id).sector);
        ActorMention m = mention(it, sec);
        if ((gap == 0 || possessive || one_word || owned || qualified || ranked || people_named) &&
            !fuzzy_short_city(it) && compose(it, sec, &m)) {
          m.entity = lex.entry(it.id).surface + " + " + lex.sector(sec.id).surface;
          m.how = with_note("country+sector", it.note.empty() ? sec.note : it.note);
          used[k] = used[k + 1] = true;
          // "Fano militia leaders", "Ukrainian army commanders", "Azerbaijani government
          // delegations": the men who lead it or speak for it stand for the body named
          // before them. (So do its members in a seat or a cause: "Kenyan opposition
          // lawmaker", "Mexican opposition senator", "Cuban opposition activists"; and its
          // men under arms and their craft, "Mexican navy marines", "Egyptian navy frigates";
          // and its people, "Kenyan university students", "Iranian state television reporters".)
          // ("Mongolia's opposition Democratic Party": so does a body named right after a
          // state's opposition or government, though the name alone is another state's:
          // the lexicon's "Democratic Party" is the USA's.)
          const auto own_body = [&](const Item& next) {
            return !next.sector && lang == "en"_lit && (m.sector == "OPP"_lit || m.sector == "GOV"_lit) &&
                   lex.entry(next.id).kind == ActorKind::kOrg &&
                   lex.entry(next.id).code.compare(0, 3, m.code, 0, 3) != 0;
          };
          static const std::vector<std::string_view> kMembers = {"leaders",       "leader",
                                                                 "officials",     "commanders",
                                                                 "chiefs",        "officers",
                                                                 "delegation",    "delegations",
                                                                 "negotiators",   "representatives",
                                                                 "envoys",        "lawmaker",
                                                                 "lawmakers",     "legislator",
                                                                 "legislators",   "senator",
                                                                 "senators",      "congressman",
                                                                 "congresswoman", "politician",
                                                                 "politicians",   "figure",
                                                                 "activist",      "activists",
                                                                 "marines",       "soldiers",
                                                                 "troops",        "sailors",
                                                                 "commandos",     "paratroopers",
                                                                 "frigates",      "warships",
                                                                 "ships",         "vessels",
                                                                 "jets",          "warplanes",
                                                                 "pilots",        "units",
                                                                 "helicopters",   "boats",
                                                                 "students",      "reporters",
                                                                 "journalists",   "correspondents",
                                                                 "staff",         "employees",
                                                                 "workers",       "members",
                                                                 "officer",       "official",
                                                                 "commander",     "soldier",
                                                                 "frigate",       "warship",
                                                                 "ship",          "vessel",
                                                                 "helicopter",    "boat",
                                                                 "jet",           "warplane"};
          if (k + 2 < items.size() && items[k + 2].first == sec.last &&
              ((items[k + 2].sector && IsWord(tokens[items[k + 2].first], kMembers)) ||
               own_body(items[k + 2]))) {
            m.last = items[k + 2].last;
            m.span.end = tokens[m.last - 1].span.end;
            used[k + 2] = true;
          } else if (lang == "en"_lit && (m.sector == "OPP"_lit || m.sector == "GOV"_lit)) {
            // "Luxembourg's opposition Socialist Workers' Party": a party's own name right
            // after a state's opposition or government is that body, whatever sector words
            // the name holds ("Workers").
            static const std::vector<std::string_view> kBody = {"party", "front", "movement",
                                                                "alliance"};
            size_t end = m.last;
            while (end < tokens.size() && end < m.last + 6 &&
                   (tokens[end].capital || tokens[end].norm == "'"_lit ||
                    tokens[end].norm == "'s"_lit) &&
                   !IsWord(tokens[end], kBody))
              ++end;
            if (end > m.last && end < tokens.size() && tokens[end].capital &&
                IsWord(tokens[end], kBody)) {
              m.last = end + 1;
              m.span.end = tokens[end].span.end;
              for (size_t j = k + 2; j < items.size() && items[j].first <= end; ++j) used[j] = true;
            }
          }
          // "Ecuador's and Peru's interior ministers": a state's possessive joined to this
          // one by "and" owns the same sector.
          if (possessive && k > 0 && it.first >= 3 && tokens[it.first - 1].norm == "and"_lit &&
              tokens[it.first - 2].norm == "'s"_lit && items[k - 1].last == it.first - 2 && country_like(items[k - 1]))
            for (ActorMention& a : out)
              if (a.first == items[k - 1].first && a.last == items[k - 1].last && a.code.size() == 3) {
                a.code += lex.sector(sec.id).sector;
                a.sector = lex.sector(sec.id).sector;
                a.kind = ActorKind::kComposed;
                a.how = with_note("country+sector", "") + " (shared with " + lex.entry(it.id).surface + ")";
                // (The possessive is the mention's, so "and" alone joins the two.)
                a.last = it.first - 1;
                a.span.end = tokens[a.last - 1].span.end;
              }
          out.push_back(std::move(m));
          continue;
        }
      }
      const ActorKind kind = lex.entry(it.id).kind;
      used[k] = true;
      // A city names a place, not an actor, unless a sector makes it one; a fuzzy
      // match alone must be long and not open the sentence (where any word is
      // capitalised).
      // (A city where something happens is kept as a place: it tells whose the bare
      // sector words are, "gunmen killed a police chief in Aden"; the coder codes no
      // event with it.)
      // (Nor the town an envoy is recalled from, no capital: "recalled its ambassador from
      // Abidjan" names where he was, whose state the coder reads.)
      const bool envoy_from = kind == ActorKind::kCity && lang == "en"_lit && it.first > 1 &&
                              s.tokens[it.first - 1].norm == "from"_lit &&
                              IsWord(s.tokens[it.first - 2], {"ambassador", "ambassadors", "envoy",
                                                              "envoys", "commissioner"});
      if (kind == ActorKind::kCity && (!(it.located || envoy_from) || it.fuzzy)) continue;
      // (So is a nationality right after such a place, of the same state, that qualifies
      // it, "بمدينة أوساكا اليابانية": it names where, as a located name does.)
      const bool qualifies_place = kind == ActorKind::kAdj && lang == "ar"_lit && k > 0 && items[k - 1].located &&
                                   !items[k - 1].sector && items[k - 1].last == it.first &&
                                   lex.entry(items[k - 1].id).code.substr(0, 3) == lex.entry(it.id).code.substr(0, 3);
      // (Unless an envoy or an embassy of no state named stands right before the
      // preposition: "its ambassador in Managua", "سفيرها في ماناغوا" name the state it
      // faces; in "China's embassy in Manila" the capital is where it is.)
      const auto posted_there = [&] {
        return k > 0 && items[k - 1].sector && lex.sector(items[k - 1].id).posted &&
               items[k - 1].last + 1 == it.first && std::none_of(out.begin(), out.end(), [&](const ActorMention& o) {
                 return o.last == items[k - 1].last && o.has_country();
               });
      };
      // (A capital where something happens is kept as a place too, as a city is: "stoned
      // police in central Lilongwe" places the bare sectors in Malawi. An envoy's post
      // stays a name: "its ambassador in Managua" faces Nicaragua.)
      const bool post = kind == ActorKind::kCapital && it.located && posted_there();
      // ("raided the Yerevan offices of ...": a capital between "the" and a noun names
      // where the thing is.)
      if (kind == ActorKind::kCapital && lang == "en"_lit && it.first > 0 && tokens[it.first - 1].norm == "the"_lit &&
          it.last < tokens.size() && tokens[it.last].word && !tokens[it.last].capital)
        continue;
      if (it.fuzzy && (CodePoints(tokens[it.first].norm) < 7 || it.first == 0)) continue;
      // (A misspelt nationality qualifies a noun after it: "a naval base in Palawan on
      // suspicion" is a place, no "Palauan".)
      if (it.fuzzy && kind == ActorKind::kAdj &&
          (it.last >= tokens.size() || !tokens[it.last].word ||
           IsWord(tokens[it.last], {"on", "in", "at", "for", "with", "to", "of", "after", "from", "by", "near", "over",
                                    "since", "during"})))
        continue;
      ActorMention m = mention(it, it);
      if (!name_code(it, &m)) continue;
      // (An organisation's adjective alone qualifies a thing, no actor: "العقوبات الأممية"
      // are UN sanctions, "قوة حفظ سلام أممية" a UN force.)
      if (kind == ActorKind::kAdj && !IsStateCode(m.code)) continue;
      m.how = with_note(m.how, it.note);
      m.place = (it.located && !post) || qualifies_place || envoy_from;
      out.push_back(std::move(m));
      continue;
    }
    // "to press the government": after "to", an English sector word is a verb (not a
    // plural, "apologised to residents").
    if (lang == "en"_lit && it.first > 0 && tokens[it.first - 1].norm == "to"_lit &&
        it.last == it.first + 1 && !(tokens[it.first].norm.ends_with('s') && !tokens[it.first].norm.ends_with("ss"))) {
      used[k] = true;
      continue;
    }
    // "مسلحو عصابة «فيف أنسانم»", "مقاتلو تحالف عصابات «...»": an Arabic sector noun in
    // construct with the kind of body, and the body's name after it, in quotes or not,
    // are the named body's men (the kind alone is no actor of its own).
    if (noun_first && k + 2 < items.size() && items[k + 1].sector && titled_name(items[k + 2])) {
      const Item& kind = items[k + 1];
      const Item& name = items[k + 2];
      size_t g = it.last;
      if (g < kind.first && IsWord(tokens[g], {"تحالف", "ائتلاف"})) ++g;
      size_t n = kind.last;
      if (n < name.first && IsDoubleQuote(tokens[n])) ++n;
      ActorMention m = mention(it, name);
      if (g == kind.first && n == name.first && !OfficeSector(lex.sector(kind.id).sector.substr(0, 3)) &&
          compose(name, it, &m)) {
        m.entity = lex.sector(it.id).surface + " + " + lex.entry(name.id).surface;
        m.how = with_note("sector+name", name.note);
        out.push_back(std::move(m));
        used[k] = used[k + 1] = used[k + 2] = true;
        continue;
      }
    }
    // "عصابة «غران غريف»": an Arabic word for a kind of body before a name of that kind
    // of body is that body.
    if (noun_first && k + 1 < items.size() && titled_name(items[k + 1])) {
      const Item& name = items[k + 1];
      size_t n = it.last;
      if (n < name.first && IsDoubleQuote(tokens[n])) ++n;
      ActorMention m = mention(it, name);
      if (n == name.first && name_code(name, &m) && m.code.size() > 3 && m.code.ends_with(lex.sector(it.id).sector)) {
        m.entity = lex.sector(it.id).surface + " + " + lex.entry(name.id).surface;
        m.how = with_note("kind+name", name.note);
        out.push_back(std::move(m));
        used[k] = used[k + 1] = true;
        continue;
      }
    }
    // Sector + country: "الشرطة الروسية", "police of Azerbaijan", "police in Baku".
    if (k + 1 < items.size() && (country_like(items[k + 1]) || titled_name(items[k + 1]))) {
      const Item& c = items[k + 1];
      size_t gap = c.first - it.last;
      size_t g = it.last;
      // (Named with the preposition ل: "لجزر سليمان", "لليبيا"; not "لبنان", the name.)
      const bool with_li = PrepositionBeforeName(s.tokens[c.first].norm, lex.entry(c.id).surface) == "\u0644"_lit;
      // ("its ambassador from Israel" is its own envoy, sent from there: after a
      // possessive, only "of" names the owner.)
      const bool owned = it.first > 0 && IsWord(tokens[it.first - 1], {"its", "his", "her", "their", "our"});
      // (An Arabic noun's complement may come first: "محكمة الاستئناف في تونس"; two
      // words of it before an organisation, "قائد القوة الجوفضائية في الحرس الثوري",
      // not before a place: "جيش التحرير الوطني في كاراكاس" is no army of Venezuela.)
      if (!owned && IsArabicScript(tokens[g].norm)) {
        const size_t most = lex.entry(c.id).kind == ActorKind::kOrg ? 2 : 1;
        size_t defs = 0;
        while (defs < most && g + defs < c.first && tokens[g + defs].norm.starts_with("\u0627\u0644")) ++defs;
        if (defs > 0 && gap > defs && IsWord(tokens[g + defs], {"في", "فى"})) g += defs, gap -= defs;
      }
      // (A name may stand in quotes: "مسلحو «فيف أنسانم»".)
      if (gap == 1 && noun_first && titled_name(c) && IsDoubleQuote(tokens[g])) ++g, --gap;
      // (A people's own qualifier may come first: "مهاجراً غير نظامي من النيجر".)
      if (gap >= 3 && IsWord(tokens[g], {"غير"})) g += 2, gap -= 2;
      // (Arabic "من" and a state right after it give the country people come from,
      // "عمال من مصر"; not an official's post, "سحبت سفيرها من موسكو", nor a place
      // they leave, "سحب مقاتليها من الأراضي الكينية".)
      // (So does a delegation, an office sent from its state, maybe past its own
      // qualifier: "وفدين وزاريين من الكاميرون".)
      const bool sent = lex.sector(it.id).sent;
      if (sent && gap == 2 && tokens[g].word && IsArabicScript(tokens[g].norm) &&
          IsWord(tokens[g + 1], {"من"}))
        ++g, --gap;
      const bool people = !OfficeSector(lex.sector(it.id).sector) || sent;
      // (People of a place in the state are its own: "residents of a village in
      // Guatemala's Alta Verapaz department".)
      if (people && !owned && gap == 4 && tokens[g].norm == "of"_lit &&
          IsWord(tokens[g + 1], {"a", "an", "the"}) &&
          (RegionWord(tokens[g + 2]) || QuarterWord(tokens[g + 2])) &&
          tokens[g + 3].norm == "in"_lit)
        g += 3, gap -= 3;
      // (An indefinite people's word may take a noun of its trade before its nationality,
      // the nationality a plural that agrees with it: "خمسة عمال بناء هنود", "عمال إغاثة
      // كينيين"; not "عمال مصنع صيني", whose nationality is the factory's.)
      if (people && lang == "ar"_lit && gap == 1 && tokens[g].word &&
          IsArabicScript(tokens[g].norm) && !tokens[g].norm.starts_with("\u0627\u0644") &&
          !tokens[it.first].norm.starts_with("\u0627\u0644") &&  // ال
          (lex.entry(c.id).kind == ActorKind::kPeople ||
           (lex.entry(c.id).kind == ActorKind::kAdj && PluralNisba(tokens[c.first].norm))))
        g = c.first, gap = 0;
      // (A region's own body, its region named before the state: "حكومة ولاية أعالي
      // النيل في جنوب السودان", "شرطة مقاطعة مانديرا في كينيا".)
      if (!owned && gap >= 3 && gap <= 5 && IsArabicScript(tokens[g].norm) && RegionWord(tokens[g]) &&
          IsWord(tokens[c.first - 1], {"في", "فى"}) &&
          std::all_of(tokens.begin() + static_cast<long>(g), tokens.begin() + static_cast<long>(c.first),
                      [](const Token& t) { return t.word; })) {
        g = c.first - 1;
        gap = 1;
      }
      // (An Arabic body's name may go on with words joined by و before "في" and its state:
      // "وزارة الثقافة والشباب والرياضة في الكاميرون", "وزارة الاتصال والاقتصاد الرقمي في
      // السنغال", "هيئة الهجرة والجنسية في بابوا غينيا الجديدة".)
      if (gap >= 2 && IsArabicScript(tokens[g].norm)) {
        const auto joined = [](const Token& t) { return t.norm.starts_with("\u0648\u0627\u0644"); };  // وال
        size_t h = g;
        bool and_joined = false;
        // (Or by adjectives of kind only, "الشرطة المدنية الوطنية في غواتيمالا"; not a
        // participle, "القوات المنتشرة في مالي" may be anyone's.)
        bool kinds = true;
        while (h < c.first && h < g + 5 && (joined(tokens[h]) || tokens[h].norm.starts_with("\u0627\u0644"))) {
          and_joined |= joined(tokens[h]);
          kinds &= h < g + 3 && Nisba(tokens[h].norm);
          ++h;
        }
        // (Indefinite too after an indefinite noun: "ثلاثة مسؤولين حكوميين في غينيا
        // الاستوائية".)
        if (h == g && g > it.first && !tokens[g - 1].norm.starts_with("\u0627\u0644") &&
            g + 1 < c.first && tokens[g].word && Nisba(tokens[g].norm) && !joined(tokens[g]) &&
            IsWord(tokens[g + 1], {"في", "فى"}))
          h = g + 1;
        if ((and_joined || kinds) && h > g && h < c.first && IsWord(tokens[h], {"في", "فى"}))
          gap -= h - g, g = h;
      }
      // (An office's field after ل, before "في" and its state: "الهيئة الوطنية لمصائد
      // الأسماك في بابوا غينيا الجديدة", "الهيئة العامة للغذاء والتغذية في الكويت".)
      if (!people && gap >= 2 && gap <= 5 && IsArabicScript(tokens[g].norm)) {
        const auto definite = [](const Token& t) { return HasArabicArticle(t.norm, 2); };
        const bool li = tokens[g].norm.starts_with("\u0644") &&  // ل
                        (definite(tokens[g]) || (g + 1 < c.first && definite(tokens[g + 1])));
        size_t h = g + 1;
        while (li && h < c.first && definite(tokens[h])) ++h;
        if (li && h < c.first && IsWord(tokens[h], {"في", "فى"})) gap -= h - g, g = h;
      }
      bool in = false;  // "soldiers in Gaza": where they are, maybe not whose
      // ("police at Prague airport": "at" before a town's name; not "drones at Ukrainian
      // cities", which is what they were aimed at.)
      const bool at_town = gap >= 1 && tokens[g].norm == "at"_lit &&
                           (lex.entry(c.id).kind == ActorKind::kCity || lex.entry(c.id).kind == ActorKind::kCapital);
      // (An envoy in a capital is not that state's: "سفيرها في دمشق" is its ambassador
      // in Damascus.)
      if (gap >= 1 && (owned || lex.sector(it.id).posted ? IsWord(tokens[g], {"of"})
                             : IsWord(tokens[g], {"of", "in", "from", "في", "فى"}) || at_town ||
                                   (people && gap == 1 && lex.entry(c.id).kind == ActorKind::kCountry &&
                                    IsWord(tokens[g], {"من"})))) {
        in = IsWord(tokens[g], {"in", "at", "في", "فى"});
        ++g, --gap;
      }
      // (Soldiers in a place, after another state's army is named, are that army's: "the
      // Israeli army announced two soldiers in Gaza killed".)
      // (Not a state's own forces named as its institution: "خفر السواحل التابع للقوات
      // المسلحة في الرأس الأخضر", after the Senegalese navy.)
      const auto institution_of_state = [&] {
        return lex.entry(c.id).kind == ActorKind::kCountry &&
               lex.IsInstitution(lang, lex.sector(it.id).surface);
      };
      const bool others = in && lex.sector(it.id).sector == "MIL"_lit && !institution_of_state() &&
                          std::any_of(out.begin(), out.end(), [&](const ActorMention& a) {
                            return a.sector == "MIL"_lit && a.code.size() > 3 &&
                                   a.code.compare(0, 3, lex.entry(c.id).code, 0, 3) != 0;
                          });
      if (gap >= 1 && IsWord(tokens[g], {"the"})) ++g, --gap;
      // (Or "a" before a nationality, after "of": "the crew of a Greek tanker" are Greek.)
      else if (gap >= 1 && g > it.last && tokens[g - 1].norm == "of"_lit && IsWord(tokens[g], {"a", "an"}) &&
               lex.entry(c.id).kind == ActorKind::kAdj)
        ++g, --gap;
      // (A part of the state may be named by its side: "security forces in eastern
      // Libya", "police in south-western Nigeria".)
      // (Only of a state: "officers in central Tbilisi" are where they are posted.)
      // (And only of its forces or authorities: "herders in central Mali" are where they
      // live, which the coder reads from the place.)
      if (in && gap >= 1 && lex.entry(c.id).kind == ActorKind::kCountry && !people &&
          IsWord(tokens[g], kSides)) {
        // (Split by the hyphen: "north - eastern".)
        const bool hyphened = gap >= 3 && IsWord(tokens[g], {"north", "south"}) && tokens[g + 1].norm == "-"_lit &&
                              IsWord(tokens[g + 2], {"eastern", "western"});
        g += hyphened ? 3 : 1, gap -= hyphened ? 3 : 1;
      }
      // (The kind of place may be named first: "قوات الأمن في مدينة الإسكندرية", "police
      // in the city of Mombasa".)
      // ("المعلمون في محافظات جنوب العراق": several places, and a direction.)
      if (gap >= 1 && g > it.last && IsWord(tokens[g - 1], {"في", "فى"}) && RegionWord(tokens[g])) {
        ++g, --gap;
        if (gap >= 1 && IsWord(tokens[g], {"جنوب", "شمال", "شرق", "غرب", "وسط"})) ++g, --gap;
      }
      // (Or named in construct with the noun, before a town of the state: "حكومة ولاية
      // لاغوس" is Lagos state's government, "شرطة مدينة مومباسا" the city's police.)
      // (Only a state's province or a town: a district, "مديرية المنصورة", may share a
      // foreign city's name.)
      else if (gap == 1 && g == it.last &&
               IsWord(tokens[g], {"ولايه", "مدينه", "مقاطعه", "محافظه"}) &&
               (lex.entry(c.id).kind == ActorKind::kCity || lex.entry(c.id).kind == ActorKind::kCapital))
        ++g, --gap;
      if (gap >= 2 && g > it.last && tokens[g - 1].norm == "the"_lit &&
          RegionWord(tokens[g]) &&
          tokens[g + 1].norm == "of"_lit)
        g += 2, gap -= 2;
      // Arabic puts other adjectives between noun and nationality
      // ("وكالة الأنباء الحكومية الروسية": the state news agency, Russian).
      // Not a preposition: "سفيرها لدى ليبيا" is its ambassador to Libya, not Libya's.
      // (Only before a nationality: "الحكومة المالية الجزائر" is no Algerian government.)
      const bool nationality = lex.entry(c.id).kind == ActorKind::kAdj;
      if (gap == 1 && nationality && IsArabicScript(tokens[g].norm) &&
          !IsWord(tokens[g], {"لدى", "لدي", "إلى", "الي", "من", "على", "علي", "عن", "مع", "ضد", "بين", "عند", "نحو"}))
        --gap;
      // (Or an adjective of the noun's own before an owner named with ل: "قوة الشرطة
      // الملكية لجزر سليمان". Not an envoy's post: "المبعوث الخاص لسوريا" is sent there.)
      // (Only an adjective that makes a body's name: "لحماية الأمن المائي لمصر" is
      // Egypt's water security.)
      if (gap == 1 && lex.entry(c.id).kind == ActorKind::kCountry && !lex.sector(it.id).posted &&
          IsWord(tokens[g], {"الملكيه", "الملكي", "الوطنيه", "الوطني", "الفيدراليه", "الفيدرالي", "الاتحاديه",
                             "الاتحادي", "الانتقاليه", "الانتقالي", "المؤقته", "المسلحه", "الجويه", "البحريه",
                             "الشعبيه", "الشعبي", "العليا", "الاعلي", "المركزي", "المركزيه"}) &&
          with_li)
        --gap;
      // (Or the form of the state, where the lexicon lists no name with it: "رئيس جمهورية
      // الرأس الأخضر".)
      if (gap == 1 && lex.entry(c.id).kind == ActorKind::kCountry &&
          IsWord(tokens[g], {"جمهوريه", "مملكه", "دوله", "سلطنه", "اماره"}))
        --gap;
      // (Two or three definite words: the noun's complement, "وزير الشؤون الاستراتيجية
      // الإسرائيلي"; a fourth when two are joined by و, "وزير الصناعة والموارد المعدنية
      // المنغولي".)
      const auto definite = [](const Token& t) { return t.norm.starts_with("\u0627\u0644"); };  // ال
      const auto joined_definite = [](const Token& t) { return t.norm.starts_with("\u0648\u0627\u0644"); };  // وال
      // (Or joined to the noun's own: "وزير الزراعة والثروة الحيوانية الصومالي".)
      const bool joins_noun = g > 0 && definite(tokens[g - 1]) && joined_definite(tokens[g]);
      const long joined = std::count_if(tokens.begin() + static_cast<long>(g), tokens.begin() + static_cast<long>(c.first),
                                        joined_definite);
      if (gap >= 2 && gap <= 3 + (joined > 0) && nationality && IsArabicScript(tokens[g].norm) &&
          (definite(tokens[g]) || joins_noun) &&
          std::all_of(tokens.begin() + static_cast<long>(g) + 1, tokens.begin() + static_cast<long>(c.first),
                      [&](const Token& t) { return definite(t) || joined_definite(t); }) &&
          joined <= 1)
        gap = 0;
      // (Or a name of two or three words that makes an indefinite noun definite, the
      // nationality agreeing with the whole: "عصابة غران غريف الهايتية"; after the kind of
      // region whose body it is, "حكومة ولاية بلاتو النيجيرية".)
      const size_t region = RegionWord(tokens[g]) ? 1 : 0;
      if (gap >= 2 && gap <= 3 + region && nationality && IsArabicScript(tokens[g].norm) &&
          !tokens[it.first].norm.starts_with("\u0627\u0644") && tokens[c.first].norm.starts_with("\u0627\u0644") &&
          std::none_of(tokens.begin() + static_cast<long>(g + region), tokens.begin() + static_cast<long>(c.first),
                       [](const Token& t) {
                         return !t.word || t.norm.starts_with("\u0627\u0644") || RegionWord(t) ||
                                IsWord(t, {"في", "من", "على", "علي", "إلى", "الي", "عن", "مع", "ضد", "بين", "لدى", "لدي",
                                           "نحو", "باتجاه"});
                       }))
        gap = 0;
      // (Or a quoted name, the nationality after it: "قناة «تي في 5 موند» الفرنسية".)
      if (gap >= 3 && gap <= 8 && nationality && IsArabicScript(tokens[c.first].norm) && tokens[g].norm == "\""_lit &&
          tokens[c.first - 1].norm == "\""_lit &&
          std::count_if(tokens.begin() + static_cast<long>(g), tokens.begin() + static_cast<long>(c.first),
                        [](const Token& t) { return t.norm == "\""_lit; }) == 2)
        gap = 0;
      // ("commander of Sudan's Rapid Support Forces": the state owns the next noun.)
      // (But a region of the state's is no body of its own: "the governor of Nigeria's
      // Plateau state".)
      // (Nor a town's quarter, for its people: "residents of Port-au-Prince's Canapé-Vert
      // neighbourhood".)
      bool owns_next = c.last < tokens.size() && tokens[c.last].norm == "'s";
      const ActorKind owner_kind = lex.entry(c.id).kind;
      const bool region_owner =
          owner_kind == ActorKind::kCountry ||
          (people && (owner_kind == ActorKind::kCity || owner_kind == ActorKind::kCapital));
      for (size_t r = c.last + 1;
           owns_next && region_owner && r < std::min(tokens.size(), c.last + 8); ++r) {
        if (r > c.last + 1 &&
            (RegionWord(tokens[r]) || IsWord(tokens[r], {"state", "county", "governorate"}) ||
             (!tokens[r].capital &&
              (QuarterWord(tokens[r]) || IsWord(tokens[r], {"department"}))))) {
          owns_next = false;
          break;
        }
        // (A hyphenated name, "North-West region"; a side, "south-western Atsimo-Andrefana".)
        if (tokens[r].norm == "-"_lit || IsWord(tokens[r], kSides)) continue;
        if (!tokens[r].word || !tokens[r].capital) break;
      }
      // (An envoy's state named with ل is where the envoy is sent: "المبعوث الخاص
      // لسوريا", the special envoy for Syria.)
      const bool sent_to = lex.sector(it.id).posted && with_li;
      // (Nor a pair told before, where they meet: "hosted the two leaders in Brasilia" are
      // the two named earlier, coreference finds which.)
      const bool pair = in && it.first > 1 &&
                        (IsWord(tokens[it.first - 1], {"both"}) ||
                         (IsWord(tokens[it.first - 1], {"two"}) && IsWord(tokens[it.first - 2], {"the"})));
      // (Nor a nationality right before a sector word of its own: "warships of the
      // Tunisian Navy" are the navy's, named next.)
      const bool qualifies_next = lang == "en"_lit && lex.entry(c.id).kind == ActorKind::kAdj && k + 2 < items.size() &&
                                  items[k + 2].sector && items[k + 2].first == c.last && !used[k + 2];
      ActorMention m = mention(it, c);
      if (gap == 0 && !owns_next && !others && !sent_to && !pair && !qualifies_next &&
          !fuzzy_short_city(c) && compose(c, it, &m)) {
        m.entity = lex.sector(it.id).surface + " + " + lex.entry(c.id).surface;
        m.how = with_note("sector+country", c.note.empty() ? it.note : c.note);
        used[k] = used[k + 1] = true;
        // (A town's body in construct takes its state's nationality after the town: "شرطة
        // ولاية كادونا النيجيرية" is one mention, no second actor.)
        if (lang == "ar"_lit && !in && k + 2 < items.size() && !items[k + 2].sector && items[k + 2].first == c.last &&
            lex.entry(c.id).kind != ActorKind::kAdj && lex.entry(items[k + 2].id).kind == ActorKind::kAdj &&
            lex.entry(items[k + 2].id).code.substr(0, 3) == m.code.substr(0, 3)) {
          m.last = items[k + 2].last;
          m.span.end = tokens[m.last - 1].span.end;
          used[k + 2] = true;
        }
        out.push_back(std::move(m));
        continue;
      }
    }
    if (lex.sector(it.id).condition == SectorEntry::Condition::kWithCountry) continue;
    ActorMention m = mention(it, it);
    m.code = lex.sector(it.id).sector;
    m.kind = ActorKind::kSector;
    m.sector = m.code;
    m.posted = lex.sector(it.id).posted;
    m.entity = lex.sector(it.id).surface;
    m.how = with_note("sector without country", it.note);
    out.push_back(std::move(m));
    used[k] = true;
  }
  out = MergeAppositions(std::move(out), tokens, lang == "fa"_lit);
  if (lang == "en"_lit) AbsorbBranches(tokens, &out);
  ShareCoordinatedSectors(lex, tokens, &out);
  ShareCoordinatedNationality(tokens, &out);
  return out;
}

}  // namespace dyad

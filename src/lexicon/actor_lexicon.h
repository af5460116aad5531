// The actor dictionaries: names of countries, capitals, seats of power, cities,
// organisations and people with CAMEO codes, sector words that compose with them, and
// context guards against false matches. Formats (see docs/actors.md):
//   names:   lang <TAB> surface <TAB> code <TAB> kind [<TAB> from <TAB> to [<TAB> entity]]
//   sectors: lang <TAB> surface <TAB> SECTOR               (files named sectors*.tsv)
//   guards:  lang <TAB> surface <TAB> rule <TAB> words <TAB> result  (guards*.tsv)
//   anaphors: lang <TAB> phrase <TAB> refers                   (coref*.tsv)
//   TABARI/PETRARCH *.actors.txt and *.agents.txt (see lexicon/petrarch.h).
// Immutable once loaded; share between threads (std::shared_ptr<const ActorLexicon>).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "core/word_ids.h"
#include "lexicon/actor_kind.h"
#include "lexicon/phrase_index.h"
#include "lexicon/short_key_map.h"
#include "text/fuzzy.h"
#include "text/text_data.h"

namespace dyad {

struct ActorEntry {
  std::string code;  // e.g. "RUS", "RUSGOV", "IGOWSTNAT"; empty = not an actor (kind none, [---])
  ActorKind kind = ActorKind::kNone;  // a lexicon kind: country, adj, people, capital, seat, city,
                                      // org, person, none
  std::string from;  // start of validity (YYYY-MM-DD or YYYY), may be empty
  std::string to;    // end of validity, empty = open
  std::string surface;  // as written in the dictionary
  std::string lang;     // en, ar, ... or "*"
  std::string entity;   // stable id of what the name stands for (column 7, else derived)
  std::string where;    // file:line
  bool dated() const { return !from.empty() || !to.empty(); }
};

// The sector of a phrase that contains a sector word but is no actor ("official visit").
inline constexpr std::string_view kNoSector = "---";

struct SectorEntry {
  std::string sector;   // one or more 3-letter role codes: "COP", "GOVFRM" (PETRARCH agents)
  bool before = false;  // PETRARCH "NGO~": the code goes before the actor's country code
  enum class Condition {
    kNone,
    // This sector only right after a number, an adjective elsewhere: Arabic "مدني" is
    // "civilian" in "200 مدني", "civil" in "مجتمع مدني".
    kAfterNumber,
    // Only with the article: Arabic "القضاء" is the judiciary, "قضاء سنجار" the district.
    kDefinite,
    // Only with a country: "طائرة مسيرة تركية" is Turkey's forces; a drone alone is the
    // weapon of an act ("أطلق الحوثيون طائرة مسيرة").
    kWithCountry,
  };
  Condition condition = Condition::kNone;
  std::string surface;
  std::string lang;
  std::string where;
  // An envoy or an embassy ("ambassador", "سفير"): a capital after it and a preposition
  // of place is where it serves, the state it faces ("its ambassador in Managua"), not
  // a place where something happens.
  bool posted = false;
  // A delegation ("وفد"): an office, yet sent by its state, so "من" and a state after it
  // name its own ("وفد من الحكومة الكولومبية", "وفدين وزاريين من الكاميرون").
  bool sent = false;
};

// A context rule for a surface that is also an ordinary word or another thing
// ("Turkey" the bird, "Georgia" the US state, "Jordan" a person's name).
struct ActorGuard {
  enum class Rule {
    kNext,  // one of words follows the name
    kPrev,  // one of words precedes the name
    kDoc,   // one of words occurs anywhere in the document (applied by coreference)
    kName,  // a capitalised word that is no actor stands next to it: a person's name
  };
  Rule rule = Rule::kNext;
  std::vector<std::string> words;  // normalised (lexicon keys)
  std::string result;              // the code it becomes, or empty: not an actor
  std::string where;
};

// A phrase that refers back to actors named earlier in the document.
struct Anaphor {
  enum class Refers {
    kPair,         // the two most recently named states ("the two countries", "البلدين")
    kCountry,      // the most recently named state ("the country")
    kOwn,          // the state of the sentence's subject ("said his country", "إن بلاده")
    kLeaders,      // the governments of the two most recently named states ("the two leaders")
    kSides,        // the two most recently named states, with the sector both were last named
                   // with ("the two sides" after two ministers: their governments)
    kInstitution,  // a sector word that, definite, names an institution of the state in focus
    kGroup,        // the armed group named most recently ("the group", "الحركة")
    kBody,    // the organisation or IGO named most recently ("the aid group", "المنظمة")
    kParty,   // the political party named most recently ("the party", "الحزب")
    kLatter,  // the actor named last, in full ("the latter", "الأخيرة")
    kHost,    // no phrase to resolve: a verb of receiving whose bare title of government
              // is of the state of the place where it receives ("استقبل")
    kStyled,  // the person named last after the style the pronoun carries ("سموه",
              // "فخامته": the one styled "سمو", "فخامة")
  };
  Refers refers = Refers::kPair;
  // For a state named by its kind of rule ("السلطنة", realm:OMN,BRN): the states it may
  // be, of which the one named most recently (kCountry only; empty: any state).
  std::vector<std::string> realm;
  std::string surface;
  std::string lang;
  std::string where;
};

// Sizes of a loaded lexicon, for `dyad actors --stats` and docs/actors.md.
struct ActorLexiconStats {
  size_t entries = 0, sectors = 0, guards = 0, entities = 0;
  std::map<std::string, size_t> names_by_lang;    // distinct name surfaces per language
  std::map<std::string, size_t> sectors_by_lang;  // distinct sector surfaces per language
  std::map<std::string, size_t> entries_by_kind;
};

class ActorLexicon {
 public:
  // What loading found wrong, as "file:line: reason" lines.
  struct Report {
    std::vector<std::string>
        problems;  // malformed lines (skipped) and conflicts (later entry skipped)
    std::vector<std::string> duplicates;  // repeated facts (harmless; the repeat is ignored)
  };

  // Loads each path in order: a directory contributes its *.tsv, *.actors.txt and
  // *.agents.txt files (sorted by name); a file is read by its name. Later paths add to
  // earlier ones; a surface already given another code in the same period is a
  // conflict and the later line is skipped. strict: any problem fails the load (the
  // Status names the first one); duplicates never do. A missing path fails.
  static Result<std::shared_ptr<const ActorLexicon>> Load(const std::vector<std::string>& paths,
                                                          Report* report, bool strict = false);
  // The same, with problems appended to one list (duplicates are not listed).
  static Result<std::shared_ptr<const ActorLexicon>> Load(const std::vector<std::string>& paths,
                                                          std::vector<std::string>* problems,
                                                          bool strict = false);

  // The name and sector indexes for a language ("*" entries are in every language;
  // an unknown language gets the English index).
  const PhraseIndex& Names(const std::string& lang) const;
  const PhraseIndex& Sectors(const std::string& lang) const;
  // The same keyed by Snowball stem (Russian and Turkish inflection: России, Rusyanın);
  // empty indexes for languages without a stemmer. Stems shorter than four letters
  // are left out so that short names do not match common words.
  const PhraseIndex& NameStems(const std::string& lang) const;
  const PhraseIndex& SectorStems(const std::string& lang) const;
  // True when key (a normalised word, Arabic in its lexicon form) is a word of some
  // name or sector phrase of lang. The recogniser uses it to choose among suffix-
  // stripped forms of a token (Azərbaycanın → azərbaycan).
  bool KnowsWord(const std::string& lang, std::string_view key) const;
  // The words KnowsWord asks about, for a caller that asks of every token (one
  // language lookup per sentence rather than per word).
  const WordIds& Words(const std::string& lang) const;
  // True when key was given as a TABARI stem (a last word without "_": ARGENTIN).
  bool IsStem(const std::string& lang, std::string_view key) const;
  bool HasStems(const std::string& lang) const;
  // Single-word names (countries, adjectives, capitals, seats, cities, organisations,
  // surnames) of lang in Latin or Cyrillic script close to word by transliteration key
  // and edit distance (text/fuzzy.h), best first; payload = entry id. For the fuzzy
  // fallback on machine-translation variants ("Yektrinburg"). The first call for a
  // language builds its index (thread-safe; tens of milliseconds).
  std::vector<FuzzyIndex::Match> FuzzyLookup(const std::string& lang, std::string_view word) const;
  // Builds lang's fuzzy index now rather than on the first lookup (thread-safe).
  void PrepareFuzzy(const std::string& lang) const;
  // Anaphoric phrases of a language (payload: index for anaphor()).
  const PhraseIndex& Anaphors(const std::string& lang) const;
  const Anaphor& anaphor(uint32_t id) const { return anaphors_[id]; }
  // True when the sector word surface (as the lexicon lists it) of lang names one
  // institution of a state ("ministry", "police": coref*.tsv, refers "institution").
  bool IsInstitution(const std::string& lang, std::string_view surface) const;
  // The verbs of receiving of lang, as token norms (coref*.tsv, refers "host"): a bare
  // title of government right after one is of the place where it receives. Null if none.
  const std::unordered_set<std::string>* HostVerbs(const std::string& lang) const;
  // Context guards of the name entry id (its language and surface); null when none.
  const std::vector<ActorGuard>* Guards(uint32_t id) const;

  const ActorEntry& entry(uint32_t id) const { return entries_[id]; }
  // Every entry with the same language and surface as id (dated roles, a default
  // code), id itself first.
  const std::vector<uint32_t>& Alternatives(uint32_t id) const { return alternatives_[group_[id]]; }
  const SectorEntry& sector(uint32_t id) const { return sectors_[id]; }
  size_t entry_count() const { return entries_.size(); }
  // Unique among the lexicons this process loads (an address may be reused after one
  // is freed): per-thread caches of answers that depend on the lexicon key on it.
  uint64_t serial() const { return serial_; }
  size_t sector_count() const { return sectors_.size(); }
  ActorLexiconStats Stats() const;

 private:
  struct LangIndexes {
    PhraseIndex names{KeyMode::kNorm};
    PhraseIndex sectors{KeyMode::kNorm};
    PhraseIndex name_stems{KeyMode::kStem};
    PhraseIndex sector_stems{KeyMode::kStem};
    PhraseIndex anaphors{KeyMode::kNorm};
    WordIds words;  // every key of the language's phrases
    WordIds stems;
    // The fuzzy index costs a transliteration per name (several microseconds each), so
    // it is built on the first lookup, once, from these entries.
    std::vector<uint32_t> fuzzy_ids;
    mutable std::once_flag fuzzy_once;
    mutable std::unique_ptr<FuzzyIndex> fuzzy;  // set by the first lookup
  };
  const LangIndexes& For(const std::string& lang) const;
  // idx's fuzzy index, built on the first call.
  const FuzzyIndex& Fuzzy(const LangIndexes& idx) const;

  uint64_t serial_ = 0;
  std::vector<ActorEntry> entries_;
  std::vector<SectorEntry> sectors_;
  std::vector<Anaphor> anaphors_;
  std::unordered_set<std::string> institutions_;  // language and keys, as Row::joined
  std::unordered_map<std::string, std::unordered_set<std::string>> host_verbs_;  // by language: norms
  // Sector surface -> its keys as Row::joined writes them after the language
  // ("|foreign|ministry"), so IsInstitution need not tokenise the surface again.
  StringMap<std::string> sector_keys_;
  std::vector<uint32_t> group_;                   // entry id -> index into alternatives_
  std::vector<std::vector<uint32_t>> alternatives_;
  std::unordered_map<uint32_t, std::vector<ActorGuard>> guards_;  // by group index
  ShortKeyMap<std::unique_ptr<LangIndexes>> by_lang_;  // For runs several times per token
};

}  // namespace dyad

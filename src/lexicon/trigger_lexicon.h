// Event trigger patterns per language (data/events/triggers.<lang>.tsv):
//   code <TAB> pattern
// Pattern words are matched on Snowball stems (English, Russian, Turkish) or on
// clitic-stripped normalised forms (Arabic, Persian); "*" is a gap of 0..3 tokens.
// Immutable once loaded; share between threads.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "lexicon/ontology.h"
#include "lexicon/phrase_index.h"
#include "lexicon/short_key_map.h"

namespace dyad {

// The code of a pattern that marks a phrase as no event (see TriggerLexicon::Load).
inline constexpr std::string_view kNotAnEvent = "-";

struct TriggerEntry {
  std::string code;     // CAMEO event code
  std::string pattern;  // as written in the file
  std::string rule;     // "<lang>:<file name>:<line>", the provenance an event carries
  int words = 0;        // pattern words, gaps excluded
};

class TriggerLexicon {
 public:
  // Reads every <stem><lang>.tsv in dir ("triggers.en.tsv"; "accusations.en.tsv" and
  // "threats.en.tsv", the words that say what an accusation or a threat is of, have the
  // same format).
  // Lines with unknown CAMEO codes or empty patterns are skipped and reported; strict
  // turns a problem into a failure.
  static Result<std::shared_ptr<const TriggerLexicon>> Load(const std::string& dir,
                                                            const Ontology& ontology,
                                                            std::vector<std::string>* problems,
                                                            bool strict = false,
                                                            std::string_view stem = "triggers.");

  // nullptr when the language has no triggers.
  const PhraseIndex* For(const std::string& lang) const;
  // English verb + object patterns turned around for the passive ("summon * ambassador"
  // -> "ambassador * summon": "the ambassador was summoned"). Their first word may lie
  // inside an actor name; the coder accepts a match only when its verb is passive.
  // nullptr when the language has none.
  const PhraseIndex* PassiveFor(const std::string& lang) const;
  const TriggerEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }

 private:
  std::vector<TriggerEntry> entries_;
  ShortKeyMap<std::unique_ptr<PhraseIndex>> by_lang_;
  ShortKeyMap<std::unique_ptr<PhraseIndex>> passive_by_lang_;
};

// Function words that steer attribution and modes, per language
// (data/events/grammar.<lang>.tsv: kind <TAB> phrase). Kinds: negation, hypothetical,
// future, passive (auxiliaries), agent ("by"), boundary (clause breaks), and (the
// conjunction joining compound actors), report (verbs of saying), and the others the
// coder reads (README, "Function words").
class GrammarWords {
 public:
  // known_kind tells the kinds its reader uses (ModeWords::KnownKind); a line of another
  // kind is an error naming the file and line.
  static Result<std::shared_ptr<const GrammarWords>> Load(
      const std::string& dir, const std::function<bool(std::string_view)>& known_kind,
      std::vector<std::string>* problems);
  // The index of one kind of word for a language; nullptr when there is none.
  const PhraseIndex* Find(const std::string& lang, const std::string& kind) const;
  // Every kind of word of a language, by kind; nullptr when the language has none.
  const ShortKeyMap<std::unique_ptr<PhraseIndex>>* Kinds(std::string_view lang) const {
    return by_lang_kind_.Find(lang);
  }
  // The languages that have grammar words, in the order first loaded.
  std::vector<std::string> Languages() const {
    std::vector<std::string> out;
    for (const auto& [lang, kinds] : by_lang_kind_) out.push_back(lang);
    return out;
  }

 private:
  // Language, then kind: the coder asks for eleven kinds per sentence.
  ShortKeyMap<ShortKeyMap<std::unique_ptr<PhraseIndex>>> by_lang_kind_;
};

}  // namespace dyad

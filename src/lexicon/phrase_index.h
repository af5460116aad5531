// Longest-match lookup of multi-word phrases over tokens. Built once, then read-only
// and safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/token.h"

namespace dyad {

// How phrase words and tokens are turned into keys.
enum class KeyMode {
  kNorm,  // normalised form (actors, places): listed forms match as written
  kStem,  // Snowball stem (event triggers): one base form matches its inflections
};

// The key a lexicon stores for one word of a phrase in lang.
std::string LexiconKey(std::string_view lang, std::string_view word, KeyMode mode);

// The words of a lexicon phrase, tokenised as text is ("U.S." stays one word,
// "Nagorno-Karabakh" is three). "*" stays a gap marker.
std::vector<std::string> PhraseWords(std::string_view phrase);

struct PhraseMatch {
  uint32_t payload = 0;  // what the caller stored with the phrase
  size_t begin = 0;      // first token
  size_t end = 0;        // one past the last token
  bool future = false;   // an Arabic future prefix was removed from a matched word
  int stripped = 0;      // clitics removed to match (0 = exact forms)
  bool found() const { return end > begin; }
};

class PhraseIndex {
 public:
  // max_gap: the most tokens a "*" spans (kMaxGap unless a language needs more).
  explicit PhraseIndex(KeyMode mode, int max_gap = kMaxGap) : mode_(mode), max_gap_(max_gap) {}

  // Adds a phrase of already-computed keys; "*" is a gap of 0..max_gap tokens.
  void Add(std::vector<std::string> keys, uint32_t payload);

  // The longest phrase starting at token i (ties: the one added first). skip[i] true
  // means no phrase may start at token i (skip may be empty); later words of a phrase
  // may fall on skipped tokens ("summon * ambassador" over an actor name), and a gap
  // counts a run of skipped tokens as one ("أسقطت [قوات الدفاع الجوي الروسية] طائرة").
  PhraseMatch MatchAt(const std::vector<Token>& tokens, size_t i,
                      const std::vector<bool>& skip = {}) const;

  size_t size() const { return phrases_.size(); }
  KeyMode mode() const { return mode_; }

  static constexpr int kMaxGap = 3;

 private:
  struct Phrase {
    std::vector<std::string> keys;
    uint32_t payload;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Tries to match phrase p from keys[k] at token t; returns one past the last token or 0.
  // Inside a gap a quoted name or a run of skipped tokens (an actor's name) counts as
  // one token.
  size_t MatchFrom(const Phrase& p, size_t k, const std::vector<Token>& tokens,
                   const std::vector<bool>& skip, size_t t, bool* future, int* stripped) const;

  KeyMode mode_;
  int max_gap_;
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> by_first_;
};

}  // namespace dyad

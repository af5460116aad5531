// Longest-match lookup of multi-word phrases over tokens. Built once, then read-only
// and safe to share between threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/word_ids.h"
#include "lexicon/hash_filter.h"
#include "text/arabic.h"
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
  // subject_gap: the most it spans when it opens on a skipped token (an actor's name):
  // a verb-first language puts the whole subject, then time and place, between a verb
  // and its object ("وقّع [الرئيس السوري] أحمد الشرع و[قائد ...] في دمشق، مساء الاثنين،
  // اتفاقاً"). Never less than max_gap.
  explicit PhraseIndex(KeyMode mode, int max_gap = kMaxGap, int subject_gap = 0)
      : mode_(mode), max_gap_(max_gap), subject_gap_(std::max(max_gap, subject_gap)) {}

  // Adds a phrase of already-computed keys; "*" is a gap of 0..max_gap tokens
  // (subject_gap when it opens on a skipped token).
  void Add(std::vector<std::string> keys, uint32_t payload);

  // The longest phrase starting at token i (ties: fewer clitics removed, then the one
  // added first). skip[i] true means no phrase may start at token i (skip may be
  // empty); later words of a phrase may fall on skipped tokens ("summon * ambassador"
  // over an actor name), and a gap counts a run of skipped tokens as one ("أسقطت [قوات
  // الدفاع الجوي الروسية] طائرة") and so a quoted name. Within one call each token's
  // keys are looked up once, however many phrases start with the same word.
  // Only phrases ending at or before max_end are considered.
  PhraseMatch MatchAt(const std::vector<Token>& tokens, size_t i,
                      const std::vector<bool>& skip = {}, size_t max_end = SIZE_MAX) const {
    // Inline: every index is asked at every token, and most tokens start no phrase, as
    // the first-word filter tells from the token's hash, or for an Arabic-script word
    // (read with its clitics removed, in MatchFirst) the bits of its readings.
    if (i >= tokens.size() || (!skip.empty() && skip[i])) return {};
    const Token& t = tokens[i];
    if (IsArabicScript(t.norm)) {
      // None of its readings is a first word when their bits miss every first word's
      // (bits 0: not known), or, for the usual word of one or two readings, when the
      // first-word filter has none of their hashes (the test KeyIds would make).
      const ArabicReadingHashes& r = t.readings;
      if (!r.bits) return MatchFirst(tokens, i, skip, max_end);
      if (!(r.bits & first_bits_)) return {};
      if (r.count <= ArabicReadingHashes::kKept) {
        bool may = false;
        for (int k = 0; k < r.count; ++k) may |= first_words_.MayContain(r.hashes[k]);
        if (!may) return {};
      }
    } else if (!first_words_.MayContain(mode_ == KeyMode::kStem ? KeyHash(t) : NormHash(t))) {
      return {};
    }
    return MatchFirst(tokens, i, skip, max_end);
  }

  size_t size() const { return phrases_.size(); }
  KeyMode mode() const { return mode_; }

  static constexpr int kMaxGap = 3;

 private:
  // Phrase words are interned: a phrase is a run of word ids in words_ (kGap for "*").
  static constexpr uint32_t kGap = WordIds::kNone - 1;
  static constexpr uint32_t kNoSecond = WordIds::kNone - 2;  // a phrase of one word
  struct Phrase {
    uint32_t begin, size;  // in words_
    uint32_t payload;
    // Its rank among phrases that match the same tokens: more words first, then fewer
    // gaps ("blew herself up" over "blew * up"); set once, when it is added.
    uint32_t rank = 0;
  };
  // A phrase as listed under its first word, with its second word (kGap, or kNoSecond)
  // beside it: most phrases tried fail at the second word, and that is then told
  // without reading phrases_ and words_ (two cache misses per phrase). For "verb *
  // object" phrases (second is kGap), after is the word after the gap (kGap when
  // another gap follows, kNoSecond otherwise): most fail because no token the gap can
  // reach holds it, which MatchStartingWith tells from one bit mask of the words there.
  struct Starter {
    uint32_t phrase;
    uint32_t second;
    uint32_t after;
  };
  // One way a token can read as a phrase word: the word's id, with what was removed.
  struct KeyId {
    uint32_t word;
    bool future;
    int stripped;
  };
  static constexpr int kMaxKeys = 16;
  struct TokenKeyIds {
    int n;
    KeyId keys[kMaxKeys];  // left uninitialised: only the first n are written and read
  };
  class Lookahead;
  // The readings of Arabic-script words and the key ids each index found for them, per
  // thread (phrase_index.cc).
  class ReadingsCache;

  // Names an index in the per-thread memo of Arabic words that start none of its
  // phrases (phrase_index.cc): taken from a process-wide counter at the first lookup,
  // and forgotten by Add and by a copy, so that an index never inherits what was true
  // of another or of itself before a change. 0: none yet.
  class MemoId {
   public:
    MemoId() = default;
    MemoId(const MemoId&) {}
    MemoId& operator=(const MemoId&) {
      id_.store(0, std::memory_order_relaxed);
      return *this;
    }
    void Forget() { id_.store(0, std::memory_order_relaxed); }
    // The id, taken now when there is none (thread-safe: racing threads agree on one).
    uint32_t Get() const;

   private:
    mutable std::atomic<uint32_t> id_{0};
  };

  // The ids of the phrase words token t can be (its key, and for Arabic script its
  // clitic and suffix readings), in the order they are tried; unknown readings left out,
  // and with first, readings that start no phrase.
  void KeyIds(const Token& t, bool first, TokenKeyIds* out) const;
  // MatchAt past its inline filter.
  PhraseMatch MatchFirst(const std::vector<Token>& tokens, size_t i, const std::vector<bool>& skip,
                         size_t max_end) const;
  // MatchAt once the first token is known to start phrases: first holds its key ids.
  PhraseMatch MatchStartingWith(const std::vector<Token>& tokens, size_t i, const std::vector<bool>& skip,
                                size_t max_end, const TokenKeyIds& first) const;
  // The WordIds::Bits of the words the tokens a gap starting at token t can reach (the
  // positions MatchFrom tries for the word after a gap at t) can be: a token's key
  // (whether or not it is a phrase word: no lookup), or for Arabic script the words of
  // its key ids.
  uint64_t GapReachMask(Lookahead& ahead, size_t t) const;
  // Tries to match phrase p from its word k at token t; returns one past the last token
  // or 0.
  size_t MatchFrom(const Phrase& p, size_t k, Lookahead& ahead, size_t t, bool* future,
                   int* stripped) const;

  KeyMode mode_;
  int max_gap_;
  int subject_gap_;
  WordIds vocabulary_;
  std::vector<uint32_t> words_;
  std::vector<uint64_t> word_bits_;  // word id -> WordIds::Bit of the word
  std::vector<Phrase> phrases_;
  std::vector<std::vector<Starter>> by_first_;  // word id -> phrases that start with it, in order
  HashFilter first_words_;  // the words that start a phrase, asked before the vocabulary
  uint64_t first_bits_ = 0;  // the WordIds::Bits of those words (for Arabic-script tokens)
  size_t first_word_count_ = 0;
  MemoId memo_id_;
};

}  // namespace dyad

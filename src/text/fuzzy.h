// Fuzzy name matching for transliteration and machine-translation variants:
// Yektrinburg → Yekaterinburg, Aliev / Aliyev / Əliyev / Алиев, Stepankert →
// Stepanakert. Names are compared by a Latin "transliteration key" and a bounded edit
// distance that grows with the key's length, so short words never match fuzzily.
//
//   FuzzyIndex index;
//   index.Add("Yekaterinburg", 17);
//   index.Add("Ilham Aliyev", 42);
//   for (const auto& m : index.Lookup("Yektrinburg")) ... m.payload == 17, m.distance == 2
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad {

// A lower-case ASCII key of a name in any script: Cyrillic through ICU's BGN
// romanisation (the one English news uses: Алиев → aliyev), other scripts through ICU
// Any-Latin, then Latin-ASCII; then folds that merge common spelling variants of one
// name: ə → a, kh x → h, gh → g, ch → c, sh → s, zh → z, dzh dj → j, ph → f, q → k,
// w → v, ou → u, iy → i, yy → y, a final y → i, an initial ye → e, doubled letters
// single. Words are separated by one space; other characters are dropped. Thread-safe
// (a transliterator per thread). Cost: a few microseconds per name, much less for
// plain ASCII (which skips ICU).
std::string TransliterationKey(std::string_view name);

// The reference implementation of TransliterationKey (always through ICU), kept for
// tests that check the ASCII path against it.
std::string TransliterationKeySlow(std::string_view name);

// The optimal-string-alignment distance (edits: insert, delete, substitute, swap two
// neighbours) between a and b when it is at most bound, else bound + 1. Costs
// O(min(|a|,|b|) × (2·bound + 1)).
int BoundedEditDistance(std::string_view a, std::string_view b, int bound);

// Name lookup by transliteration key and bounded edit distance. Build with Add (not
// thread-safe), then Lookup from any number of threads (const, thread-safe).
class FuzzyIndex {
 public:
  struct Options {
    // Keys shorter than this match only exactly (same key); from it on, the allowed
    // distance is MaxDistance(length of the query key).
    size_t min_fuzzy_length = 6;
    // Keys must agree on their first letter to match fuzzily: variants keep it, and
    // most look-alike common words do not.
    bool same_first_letter = true;
    // Reject queries whose key is a common word (data/text/fuzzy_common_words.tsv and
    // AddCommonWord), unless a name has exactly that key.
    bool use_common_words = true;
  };

  struct Match {
    uint32_t payload = 0;
    int distance = 0;       // edit distance between the keys; 0 = same key
    std::string_view name;  // as added; valid until the next Add
  };

  FuzzyIndex();
  explicit FuzzyIndex(Options options);

  // Adds a name (any script) with the caller's payload (an entity id). The same name may
  // be added with several payloads.
  void Add(std::string_view name, uint32_t payload);

  // A word that must never match fuzzily (compared by key).
  void AddCommonWord(std::string_view word);

  // The names whose key is within the allowed distance of the query's key, best first
  // (smaller distance, then closer length, then the order they were added); at most
  // max_results. Empty when nothing is close enough.
  std::vector<Match> Lookup(std::string_view query, size_t max_results = 4) const;

  // The distance allowed for a query key of this length: 0 below min_fuzzy_length,
  // then 1 up to 8 letters, 2 up to 11, 3 beyond.
  int MaxDistance(size_t key_length) const;

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string name;
    std::string key;
    uint32_t payload;
  };
  static uint32_t Bucket(char first, size_t length);

  Options options_;
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_bucket_;  // first letter and length
  std::unordered_set<std::string> common_keys_;
};

}  // namespace dyad

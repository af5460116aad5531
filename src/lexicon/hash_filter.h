// A Bloom filter over 64-bit hashes, to answer "certainly not there" from a few
// kilobytes before a lookup in a table of megabytes: matchers ask it for every token,
// and most tokens start no phrase. Blocked: one 64-bit word per question, two bits in
// it; sized at 16 bits per key (about 1% false positives). Filled once (Add, not
// thread-safe), then read-only.
#pragma once

#include <cstdint>
#include <vector>

namespace dyad {

class HashFilter {
 public:
  // True when hash may have been added; false means it certainly was not.
  bool MayContain(uint64_t hash) const {
    const uint64_t bits = Bits(hash);
    return (words_[Word(hash)] & bits) == bits;
  }

  // Adds a hash. keys: how many keys the filter holds with this one; when it outgrows
  // its size, the filter is rebuilt from every_hash(fn) (a callable that calls fn with
  // each hash added so far, this one included).
  template <class EveryHash>
  void Add(uint64_t hash, size_t keys, EveryHash&& every_hash) {
    if (keys * kBitsPerKey > 64 * words_.size()) {
      size_t words = 1;
      while (64 * words < 2 * keys * kBitsPerKey) words *= 2;
      words_.assign(words, 0);
      mask_ = words - 1;
      every_hash([this](uint64_t h) { Set(h); });
      return;
    }
    Set(hash);
  }

 private:
  static constexpr size_t kBitsPerKey = 16;
  static uint64_t Bits(uint64_t hash) { return (1ull << (hash & 63)) | (1ull << ((hash >> 6) & 63)); }
  size_t Word(uint64_t hash) const { return (hash >> 40) & mask_; }
  void Set(uint64_t hash) { words_[Word(hash)] |= Bits(hash); }

  // A power of two of them; one empty word before the first Add, so that MayContain
  // needs no test for an empty filter.
  std::vector<uint64_t> words_ = std::vector<uint64_t>(1);
  uint64_t mask_ = 0;  // words_.size() - 1, kept: MayContain runs for every token
};

}  // namespace dyad

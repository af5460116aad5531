// Interned words: each distinct string gets a small integer id, so that matchers
// compare integers instead of strings. Built once (Intern, not thread-safe), then
// read-only: Find is const and safe to call from any number of threads.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class WordIds {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;  // Find's answer for an unknown word

  // The id of word, adding it when new. Ids are dense: 0, 1, 2, ... in order of first
  // appearance.
  uint32_t Intern(std::string_view word);

  // The id of word, or kNone. One hash and, on a hit, one comparison. Inline: matchers
  // call it for every token against every index.
  uint32_t Find(std::string_view word) const {
    if (slots_.empty()) return kNone;
    const uint64_t h = Hash(word);
    const auto high = static_cast<uint32_t>(h >> 32);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == kNone) return kNone;
      if (s.hash == high && this->word(s.id) == word) return s.id;
    }
  }

  size_t size() const { return begin_.size() - 1; }
  std::string_view word(uint32_t id) const { return std::string_view(text_).substr(begin_[id], begin_[id + 1] - begin_[id]); }

 private:
  struct Slot {
    uint32_t hash = 0;  // the high half of the word's hash: most misses end here
    uint32_t id = kNone;
  };
  void Grow();

  // A multiply-and-fold hash over 8-byte chunks (words are short; std::hash is an
  // out-of-line call that costs more than the probe).
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xFF51AFD7ED558CCDull);
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
      h ^= h >> 29;
    }
    uint64_t v = 0;  // the last 0-7 bytes, little-endian, without a call to memcpy
    for (size_t k = 0; i + k < s.size(); ++k) v |= static_cast<uint64_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
    h = (h ^ v) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    return h;
  }

  std::vector<Slot> slots_;  // open addressing, linear probing; a power of two, at most half full
  std::string text_;         // every word, back to back
  std::vector<uint32_t> begin_ = {0};  // word id -> offset in text_; one past the end last
};

}  // namespace dyad

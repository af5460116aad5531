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
  uint32_t Find(std::string_view word) const { return Find(word, Hash(word)); }
  // The same with word's Hash already computed (a caller that also filters on it).
  uint32_t Find(std::string_view word, uint64_t hash) const {
    if (slots_.empty()) return kNone;
    const auto high = static_cast<uint32_t>(hash >> 32);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == kNone) return kNone;
      if (s.hash == high && Equal(this->word(s.id), word)) return s.id;
    }
  }

  // A multiply-and-fold hash over 8-byte chunks (words are short; std::hash is an
  // out-of-line call that costs more than the probe).
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xFF51AFD7ED558CCDull);
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) h = Mix(h, Load8(s.data() + i));
    h = (h ^ Rest(s.data(), s.size())) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    return h;
  }

  // Word equality in line, 8 bytes at a time (std::string_view's == calls memcmp).
  static bool Equal(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    const size_t n = a.size();
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
      if (Load8(a.data() + i) != Load8(b.data() + i)) return false;
    return i == n || Rest(a.data(), n) == Rest(b.data(), n);
  }

  // One bit of a 64-bit signature for a word's Hash: OR-ed over a set of words (the
  // readings of a token, the first words of a phrase index), a Bloom filter of one hash
  // that two sets share no word when their signatures share no bit.
  static uint64_t Bit(uint64_t hash) { return 1ull << (hash >> 58); }

  size_t size() const { return begin_.size() - 1; }
  // Forgets every word (ids start again from 0); the table keeps its capacity.
  void clear();
  std::string_view word(uint32_t id) const { return std::string_view(text_).substr(begin_[id], begin_[id + 1] - begin_[id]); }

 private:
  struct Slot {
    uint32_t hash = 0;  // the high half of the word's hash: most misses end here
    uint32_t id = kNone;
  };
  void Grow();

  static uint64_t Load8(const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static uint64_t Load4(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  // All n < 8 bytes at p in one number, with two overlapping loads (n of the same
  // length give equal numbers exactly when their bytes are equal).
  static uint64_t Small(const char* p, size_t n) {
    if (n >= 4) return (Load4(p) << 32) | Load4(p + n - 4);
    if (n == 0) return 0;
    const auto b = [&](size_t k) { return static_cast<uint64_t>(static_cast<unsigned char>(p[k])); };
    return (b(0) << 16) | (b(n / 2) << 8) | b(n - 1);
  }
  // The bytes after the last whole 8-byte chunk, as one number: the last eight bytes
  // (overlapping the chunk before) when there are eight, else Small.
  static uint64_t Rest(const char* p, size_t n) { return n >= 8 ? Load8(p + n - 8) : Small(p, n); }
  static uint64_t Mix(uint64_t h, uint64_t v) {
    h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
  }

  std::vector<Slot> slots_;  // open addressing, linear probing; a power of two, at most half full
  std::string text_;         // every word, back to back
  std::vector<uint32_t> begin_ = {0};  // word id -> offset in text_; one past the end last
};

}  // namespace dyad

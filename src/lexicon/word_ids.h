// Interned words: each distinct string gets a small integer id, so that matchers
// compare integers instead of strings. Built once (Intern, not thread-safe), then
// read-only: Find is const and safe to call from any number of threads.
#pragma once

#include <cstdint>
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

  // The id of word, or kNone. One hash and, on a hit, one comparison.
  uint32_t Find(std::string_view word) const;

  size_t size() const { return begin_.size() - 1; }
  std::string_view word(uint32_t id) const { return std::string_view(text_).substr(begin_[id], begin_[id + 1] - begin_[id]); }

 private:
  struct Slot {
    uint32_t hash = 0;  // the high half of the word's hash: most misses end here
    uint32_t id = kNone;
  };
  void Grow();

  std::vector<Slot> slots_;  // open addressing, linear probing; a power of two, at most 3/4 full
  std::string text_;         // every word, back to back
  std::vector<uint32_t> begin_ = {0};  // word id -> offset in text_; one past the end last
};

}  // namespace dyad

// Fixed lists of words that recognisers ask about every token ("is this a locative
// preposition", "a weekday", "a number word"): looked up by std::string_view, without
// copying the token and with WordIds' inline hash (std::hash is an out-of-line call
// that costs more than the lookup). Filled once (not thread-safe), then read-only and
// safe to share between threads; or owned by one thread as a cache it fills and
// clears as it goes. Words are stored as given: callers normalise them.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "core/word_ids.h"

namespace dyad {

class WordSet {
 public:
  void insert(std::string_view word) { ids_.Intern(word); }
  bool contains(std::string_view word) const { return ids_.Find(word) != WordIds::kNone; }

 private:
  WordIds ids_;
};

template <class V>
class WordMap {
 public:
  // word's value, value-initialised when word is new.
  V& operator[](std::string_view word) {
    const uint32_t id = ids_.Intern(word);
    if (id >= values_.size()) values_.resize(id + 1);
    return values_[id];
  }
  // Sets word's value and returns it; a word set twice keeps the later value.
  V& set(std::string_view word, V value) { return (*this)[word] = std::move(value); }
  // word's value; nullptr when word is not in the map.
  const V* find(std::string_view word) const {
    const uint32_t id = ids_.Find(word);
    return id == WordIds::kNone ? nullptr : &values_[id];
  }
  // The words, in the order they were first set.
  size_t size() const { return values_.size(); }
  void clear() {
    ids_.clear();
    values_.clear();
  }
  std::string_view word(size_t i) const { return ids_.word(static_cast<uint32_t>(i)); }

 private:
  WordIds ids_;
  std::vector<V> values_;  // by word id
};

}  // namespace dyad

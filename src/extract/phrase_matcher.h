// Finds many phrases at once in a string: an Aho-Corasick automaton over bytes, ASCII
// letters case-folded. Used for class/id hints and boilerplate phrases, where every
// element or block of a page is checked against hundreds of phrases: one pass over the
// text, whatever the number of phrases.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class PhraseMatcher {
 public:
  struct Hit {
    int id;        // the id given to Add
    size_t begin;  // byte offsets into the searched text
    size_t end;
  };

  // Adds a phrase, matched case-insensitively for ASCII letters (other scripts as
  // written). Build() must follow the last Add, before any search.
  void Add(std::string_view phrase, int id);
  void Build();
  bool empty() const { return phrases_.empty(); }

  // Calls fn(const Hit&) for every occurrence of every phrase, in order of end offset.
  // Thread-safe once built: searching reads the automaton only.
  template <class Fn>
  void ForEachHit(std::string_view text, Fn&& fn) const {
    if (delta_.empty()) return;
    uint32_t state = 0;
    for (size_t i = 0; i < text.size();) {
      i = Advance(text, i, &state);
      for (int o = out_head_[state]; o >= 0; o = outputs_[o].next)
        fn(Hit{outputs_[o].id, i - outputs_[o].len, i});
    }
  }

 private:
  // Runs the automaton from *state over text from offset i, up to and including the first
  // byte that reaches a state with outputs; returns the offset after that byte, or
  // text.size(). Out of line: most bytes reach none, and this small loop keeps its
  // tables in registers where the caller's fn would crowd them out.
  size_t Advance(std::string_view text, size_t i, uint32_t* state) const;

  struct Output {
    int id;
    int len;
    int next;  // next output of the same state, or -1
  };
  std::vector<std::pair<std::string, int>> phrases_;
  // Bytes that occur in no phrase share class 0, so the table stays small.
  std::array<uint16_t, 256> class_of_{};
  uint32_t classes_ = 1;
  std::vector<uint32_t> delta_;  // state * classes_ + class -> state (a full DFA)
  std::vector<int> out_head_;
  std::vector<Output> outputs_;
};

}  // namespace dyad

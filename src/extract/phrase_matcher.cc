#include "extract/phrase_matcher.h"

#include <deque>

namespace dyad {
namespace {

unsigned char Fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

}  // namespace

void PhraseMatcher::Add(std::string_view phrase, int id) {
  if (phrase.empty()) return;
  std::string folded(phrase);
  for (char& c : folded) c = static_cast<char>(Fold(static_cast<unsigned char>(c)));
  phrases_.emplace_back(std::move(folded), id);
}

size_t PhraseMatcher::Advance(std::string_view text, size_t i, uint32_t* state) const {
  const uint16_t* class_of = class_of_.data();
  const uint32_t* delta = delta_.data();
  const int* out_head = out_head_.data();
  const uint32_t classes = classes_;
  uint32_t s = *state;
  while (i < text.size()) {
    s = delta[s * classes + class_of[static_cast<unsigned char>(text[i++])]];
    if (out_head[s] >= 0) break;
  }
  *state = s;
  return i;
}

void PhraseMatcher::Build() {
  delta_.clear();
  out_head_.clear();
  outputs_.clear();
  class_of_.fill(0);
  classes_ = 1;
  if (phrases_.empty()) return;
  for (const auto& [p, id] : phrases_)
    for (unsigned char c : p)
      if (class_of_[c] == 0) class_of_[c] = static_cast<uint16_t>(classes_++);
  for (int c = 'A'; c <= 'Z'; ++c) class_of_[c] = class_of_[c + 32];

  // The trie first (0 = no edge yet; the root is state 0 and is never a target).
  std::vector<uint32_t> trie(classes_, 0);
  std::vector<int> depth{0};
  out_head_.push_back(-1);
  for (const auto& [p, id] : phrases_) {
    uint32_t s = 0;
    for (unsigned char c : p) {
      uint32_t& next = trie[s * classes_ + class_of_[c]];
      if (next == 0) {
        next = static_cast<uint32_t>(depth.size());
        depth.push_back(depth[s] + 1);
        out_head_.push_back(-1);
        trie.resize(trie.size() + classes_, 0);
      }
      s = trie[s * classes_ + class_of_[c]];
    }
    outputs_.push_back({id, static_cast<int>(p.size()), out_head_[s]});
    out_head_[s] = static_cast<int>(outputs_.size()) - 1;
  }
  // Breadth-first: fail links, and the full transition table from them.
  const size_t n = depth.size();
  delta_.assign(n * classes_, 0);
  std::vector<uint32_t> fail(n, 0);
  std::deque<uint32_t> queue;
  for (uint32_t c = 0; c < classes_; ++c) {
    const uint32_t t = trie[c];
    delta_[c] = t;
    if (t != 0) queue.push_back(t);
  }
  while (!queue.empty()) {
    const uint32_t s = queue.front();
    queue.pop_front();
    // Outputs of the fail state are outputs here too: append its list once.
    if (fail[s] != 0 && out_head_[fail[s]] >= 0) {
      if (out_head_[s] < 0) {
        out_head_[s] = out_head_[fail[s]];
      } else {
        int o = out_head_[s];
        while (outputs_[o].next >= 0) o = outputs_[o].next;
        outputs_[o].next = out_head_[fail[s]];
      }
    }
    for (uint32_t c = 0; c < classes_; ++c) {
      const uint32_t t = trie[s * classes_ + c];
      if (t != 0) {
        fail[t] = delta_[fail[s] * classes_ + c];
        delta_[s * classes_ + c] = t;
        queue.push_back(t);
      } else {
        delta_[s * classes_ + c] = delta_[fail[s] * classes_ + c];
      }
    }
  }
  // Class 0 (bytes in no phrase) always falls back to the root.
  for (size_t s = 0; s < n; ++s) delta_[s * classes_] = 0;
}

}  // namespace dyad

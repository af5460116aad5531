#include "core/word_ids.h"

#include <algorithm>

namespace dyad {

uint32_t WordIds::Intern(std::string_view word) {
  if (const uint32_t id = Find(word); id != kNone) return id;
  // At most half full: most lookups are of words that are not there, and a probe for
  // one runs to the next empty slot.
  if (2 * (size() + 1) > slots_.size()) Grow();
  const auto id = static_cast<uint32_t>(size());
  text_.append(word);
  begin_.push_back(static_cast<uint32_t>(text_.size()));
  const uint64_t h = Hash(word);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].id != kNone) i = (i + 1) & mask;
  slots_[i] = {static_cast<uint32_t>(h >> 32), id};
  return id;
}

void WordIds::clear() {
  std::fill(slots_.begin(), slots_.end(), Slot{});
  text_.clear();
  begin_.assign(1, 0);
}

void WordIds::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == kNone) continue;
    size_t i = Hash(word(s.id)) & mask;
    while (slots_[i].id != kNone) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace dyad

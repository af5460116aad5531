#include "lexicon/word_ids.h"

#include <cstring>

namespace dyad {
namespace {

// A multiply-and-fold hash over 8-byte chunks: words are short, and std::hash is an
// out-of-line call that costs more than the probe.
uint64_t Hash(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xFF51AFD7ED558CCDull);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
  }
  uint64_t v = 0;
  std::memcpy(&v, s.data() + i, s.size() - i);
  h = (h ^ v) * 0xFF51AFD7ED558CCDull;
  h ^= h >> 32;
  return h;
}

}  // namespace

uint32_t WordIds::Find(std::string_view word) const {
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

uint32_t WordIds::Intern(std::string_view word) {
  if (const uint32_t id = Find(word); id != kNone) return id;
  // At most 3/4 full, so probes stay short and always end at an empty slot.
  if (4 * (size() + 1) > 3 * slots_.size()) Grow();
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

// A handful of values keyed by short strings: language codes ("en", "ar", "*") and
// kinds of grammar words ("negation"). Lexicons look these up per sentence or per
// token, and for a few keys a scan with in-line compares costs less than a std::map
// (whose compares call memcmp) or a hash. Not thread-safe to fill; const lookups are.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

template <class T>
class ShortKeyMap {
 public:
  // The value of key, nullptr when there is none.
  const T* Find(std::string_view key) const {
    for (const auto& [k, v] : items_)
      if (Same(k, key)) return &v;
    return nullptr;
  }

  // The value of key, added (value-initialised) when missing. Keys keep the order in
  // which they were first added.
  T& operator[](std::string_view key) {
    for (auto& [k, v] : items_)
      if (Same(k, key)) return v;
    return items_.emplace_back(std::string(key), T{}).second;
  }

  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }

 private:
  static bool Same(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (a[i] != b[i]) return false;
    return true;
  }

  std::vector<std::pair<std::string, T>> items_;
};

}  // namespace dyad

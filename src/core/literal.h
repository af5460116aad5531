// String literals compared in line: `lang == "ar"_lit`, `word != "in"_lit`.
//
// std::string_view's == calls compare(), which GCC stops inlining once a function has
// grown large (the recognisers' and the coder's are), so each `x == "ar"sv` became an
// out-of-line call and a memcmp: about 2% of the pipeline's instructions. Here the
// length test and a memcmp of a constant size, which the compiler expands to a load or
// two, are forced in line.
#pragma once

#include <cstddef>
#include <string_view>

namespace dyad {

struct Literal {
  const char* data;
  size_t size;
};

consteval Literal operator""_lit(const char* s, size_t n) { return {s, n}; }

// (C++20 derives !=, and the comparisons with the literal on the left, from this.)
[[gnu::always_inline]] inline bool operator==(std::string_view a, Literal b) {
  return a.size() == b.size && __builtin_memcmp(a.data(), b.data, b.size) == 0;
}

}  // namespace dyad

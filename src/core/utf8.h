// UTF-8 helpers that never read past the end and never throw.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::utf8 {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at s[i] and advances i. Invalid or truncated sequences,
// overlong forms and surrogates decode as kReplacement and advance by one byte.
char32_t Next(std::string_view s, size_t& i);

// Offset of the first invalid byte, or npos when s is valid UTF-8.
size_t FirstInvalid(std::string_view s);

// s with every invalid sequence replaced by U+FFFD.
std::string Repair(std::string_view s);

void Append(std::string& out, char32_t cp);

// How many code points s holds: its bytes that open one (no check of validity).
inline size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace dyad::utf8

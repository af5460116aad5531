// Per-code-point facts for the text layer's hot paths (tokenising, normalising,
// language cues), looked up in one table built once from ICU instead of calling ICU
// per character. Internal to src/text; the functions are thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/utf8.h"

namespace dyad::chars {

enum Kind : uint8_t {
  kOther = 0,  // punctuation, symbols: one-character tokens
  kSpace,      // separates tokens (Unicode White_Space, ZWSP)
  kNewline,    // \n, U+2028, U+2029, U+0085: separates tokens and marks a line break
  kLetter,
  kDigit,
  kMark,    // combining marks: stay inside the word they follow
  kJoiner,  // ZWNJ, ZWJ, tatweel, soft hyphen: inside words, dropped by normalisation
  kIgnore,  // controls and other format characters: skipped like spaces, no line break
};

// Scripts the tokeniser and language identification tell apart.
enum Script : uint8_t {
  kCommon = 0,  // digits, punctuation, marks: take the script of their neighbours
  kLatin,
  kCyrillic,
  kArabic,
  kHebrew,
  kGreek,
  kArmenian,
  kGeorgian,
  kHan,
  kKana,
  kHangul,
  kThai,
  kDevanagari,
  kOtherScript,
  kScriptCount
};

enum Flags : uint8_t {
  kFast = 1,         // normalisation folds it alone: NFKC leaves it, and it never combines
  kUpper = 2,        // upper or title case letter
  kLower = 4,        // lower case letter
  kOneCharWord = 8,  // a script written without spaces (Han, Kana): each letter is a token
  kNoBoundaryBefore = 16,  // may combine with the code point before it under NFKC
};

struct Info {
  char32_t fold = 0;  // NormalizeWord of the code point alone; 0 = dropped
  Kind kind = kOther;
  Script script = kCommon;
  uint8_t flags = 0;
};

// Facts about c (a table lookup below U+10000, computed above it).
Info Get(char32_t c);

// The table for U+0000..U+FFFF (built on first call), for loops that look up every
// character: Lookup(table, c) inlines the common case.
const Info* BmpTable();
inline Info Lookup(const Info* table, char32_t c) { return c < 0x10000 ? table[c] : Get(c); }

// The reference fold applied after NFKC and lower-casing, per code point (0 = drop).
// NormalizeWord's table is built from it; exposed for the slow path and tests.
char32_t Fold(char32_t c);

// Decodes the code point at s[i] and advances i, as utf8::Next (invalid bytes decode as
// U+FFFD and advance one byte), with inline paths for ASCII and for valid two- and
// three-byte sequences (Latin, Cyrillic, Arabic, Hebrew; punctuation).
inline char32_t Next(std::string_view s, size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  if (b >= 0xC2 && b <= 0xDF && i + 1 < s.size()) {
    const auto c = static_cast<unsigned char>(s[i + 1]);
    if ((c & 0xC0) == 0x80) {
      i += 2;
      return (static_cast<char32_t>(b & 0x1F) << 6) | (c & 0x3F);
    }
  } else if (b >= 0xE1 && b <= 0xEC && i + 2 < s.size()) {
    // E0 (overlongs) and ED (surrogates) need the checks of the general path.
    const auto c = static_cast<unsigned char>(s[i + 1]), d = static_cast<unsigned char>(s[i + 2]);
    if ((c & 0xC0) == 0x80 && (d & 0xC0) == 0x80) {
      i += 3;
      return (static_cast<char32_t>(b & 0x0F) << 12) | (static_cast<char32_t>(c & 0x3F) << 6) | (d & 0x3F);
    }
  }
  return utf8::Next(s, i);
}

// Appends the UTF-8 encoding of c (a valid code point) to *out.
inline void Append(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    const char buf[2] = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    out->append(buf, 2);
  } else {
    utf8::Append(*out, c);
  }
}
}  // namespace dyad::chars

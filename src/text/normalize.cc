#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/utf8.h"
#include "text/chars.h"

namespace dyad {
namespace {

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCInstance(err);
    return U_SUCCESS(err) ? p : nullptr;
  }();
  return n;
}

// NFKC of s (valid UTF-8) folded code point by code point, appended to *out. A combining
// dot above after i is dropped: it is what a non-Turkish lower-casing of İ leaves.
void SlowAppend(std::string_view s, std::string* out) {
  icu::UnicodeString us = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (const icu::Normalizer2* nfkc = Nfkc()) {
    UErrorCode err = U_ZERO_ERROR;
    icu::UnicodeString n = nfkc->normalize(us, err);
    if (U_SUCCESS(err)) us = std::move(n);
  }
  char32_t prev = 0;
  for (int32_t i = 0; i < us.length();) {
    const UChar32 c = us.char32At(i);
    i += U16_LENGTH(c);
    const char32_t f = chars::Fold(static_cast<char32_t>(c));
    if (f == 0 || (c == 0x0307 && prev == 'i')) continue;
    utf8::Append(*out, f);
    prev = f;
  }
}

// Appends the fold of one code point known to be fast.
inline void AppendFold(char32_t f, std::string* out) {
  if (f != 0) chars::Append(f, out);
}

constexpr char kLowerAscii(char ch) { return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch; }

}  // namespace

std::string NormalizeWordSlow(std::string_view word) {
  std::string out;
  if (utf8::FirstInvalid(word) == std::string_view::npos) {
    SlowAppend(word, &out);
  } else {
    SlowAppend(utf8::Repair(word), &out);
  }
  return out;
}

void AppendNormalizedWord(std::string_view word, std::string* out) {
  const size_t mark = out->size();
  size_t i = 0;
  // ASCII run first: most tokens in Latin-script text end here.
  while (i < word.size() && static_cast<unsigned char>(word[i]) < 0x80) ++i;
  out->append(word.data(), i);
  for (size_t k = mark; k < out->size(); ++k) (*out)[k] = kLowerAscii((*out)[k]);
  if (i == word.size()) return;
  const chars::Info* table = chars::BmpTable();
  while (i < word.size()) {
    const size_t at = i;
    const char32_t c = chars::Next(word, i);
    const bool invalid = c == utf8::kReplacement && i - at == 1;
    const chars::Info info = chars::Lookup(table, c);
    if (invalid || !(info.flags & chars::kFast)) {
      // Something NFKC may change or compose: the whole word takes the reference path
      // (a word is short, and such words are rare in news text).
      out->resize(mark);
      *out += NormalizeWordSlow(word);
      return;
    }
    AppendFold(info.fold, out);
  }
}

std::string NormalizeWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  AppendNormalizedWord(word, &out);
  return out;
}

Span NormalizedText::ToOriginal(size_t begin, size_t end) const {
  const size_t n = text.size();
  if (begin > n) begin = n;
  if (end > n) end = n;
  if (end < begin) end = begin;
  const uint32_t b = to_orig[begin];
  uint32_t e = to_orig[end];
  // Inside one character's expansion (ﻻ → لا): extend to where the next character begins.
  for (size_t k = end; e <= b && k < n; ++k) e = to_orig[k + 1];
  if (begin == end) e = b;
  return {b, e};
}

NormalizedText NormalizeText(std::string_view text) {
  NormalizedText out;
  out.text.reserve(text.size());
  out.to_orig.reserve(text.size() + 1);
  auto emit_from = [&](size_t mark, size_t orig) {
    for (size_t k = mark; k < out.text.size(); ++k) out.to_orig.push_back(static_cast<uint32_t>(orig));
  };
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = i;
    const auto b = static_cast<unsigned char>(text[i]);
    // Printable ASCII not followed by a combining mark maps to itself (lower-cased).
    if (b >= 0x20 && b < 0x7F && (i + 1 == text.size() || static_cast<unsigned char>(text[i + 1]) < 0x80)) {
      out.text.push_back(kLowerAscii(static_cast<char>(b)));
      out.to_orig.push_back(static_cast<uint32_t>(start));
      ++i;
      continue;
    }
    const char32_t c = chars::Next(text, i);
    const bool invalid = c == utf8::kReplacement && i - start == 1;
    const chars::Info info = chars::Get(c);
    const size_t mark = out.text.size();
    if (invalid) {
      utf8::Append(out.text, utf8::kReplacement);
    } else if (info.kind == chars::kNewline) {
      if (c == '\r' && i < text.size() && text[i] == '\n') ++i;  // "\r\n": one '\n'
      out.text.push_back('\n');
    } else if (info.kind == chars::kSpace || info.kind == chars::kIgnore) {
      // Control characters become spaces rather than vanish, so that a span ending
      // before one does not take it in.
      out.text.push_back(' ');
    } else {
      // The character and the combining marks after it form one NFKC segment.
      size_t end = i;
      bool fast = info.flags & chars::kFast;
      while (end < text.size()) {
        size_t k = end;
        const char32_t d = chars::Next(text, k);
        if (d == utf8::kReplacement && k - end == 1) break;
        const chars::Info di = chars::Get(d);
        if (!(di.flags & chars::kNoBoundaryBefore)) break;
        fast = fast && (di.flags & chars::kFast);
        end = k;
      }
      if (fast) {
        // Each character maps to itself, so each keeps its own offset.
        size_t k = start;
        while (k < end) {
          const size_t at = k;
          const char32_t d = chars::Next(text, k);
          const size_t m = out.text.size();
          AppendFold(chars::Get(d).fold, &out.text);
          emit_from(m, at);
        }
        i = end;
        continue;
      }
      SlowAppend(text.substr(start, end - start), &out.text);
      i = end;
    }
    emit_from(mark, start);
  }
  out.to_orig.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

}  // namespace dyad

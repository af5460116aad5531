#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/utf8.h"

namespace dyad {
namespace {

// The folds applied after NFKC, per code point; 0 = drop the code point.
char32_t Fold(char32_t c) {
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;  // alef variants
    case 0x0649: return 0x064A;  // alef maqsura -> yeh
    case 0x06CC: return 0x064A;  // Persian yeh
    case 0x06A9: return 0x0643;  // Persian kaf
    case 0x0629: return 0x0647;  // teh marbuta -> heh
    case 0x0640: return 0;       // tatweel
    case 0x200C: case 0x200D: case 0x200E: case 0x200F: case 0xFEFF: return 0;  // ZWNJ, marks
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: return '\'';
    case 0x201C: case 0x201D: case 0x201F: case 0x00AB: case 0x00BB: return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: return '-';
    default: break;
  }
  if (c >= 0x064B && c <= 0x065F) return 0;  // harakat, shadda, sukun...
  if (c == 0x0670) return 0;                 // superscript alef
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);  // Arabic-Indic digits
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);  // Persian digits
  if (c == 0x0130) return 'i';  // Turkish capital dotted I
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

}  // namespace

std::string NormalizeWord(std::string_view word) {
  bool ascii = true;
  for (char ch : word)
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  std::string out;
  out.reserve(word.size());
  if (ascii) {
    for (char ch : word) out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  const std::string repaired = utf8::Repair(word);
  icu::UnicodeString us = icu::UnicodeString::fromUTF8(repaired);
  if (U_SUCCESS(err)) {
    icu::UnicodeString n = nfkc->normalize(us, err);
    if (U_SUCCESS(err)) us = n;
  }
  for (int32_t i = 0; i < us.length();) {
    const UChar32 c = us.char32At(i);
    i += U16_LENGTH(c);
    const char32_t f = Fold(static_cast<char32_t>(c));
    if (f) utf8::Append(out, f);
  }
  return out;
}

}  // namespace dyad

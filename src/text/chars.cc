#include "text/chars.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <memory>

namespace dyad::chars {
namespace {

bool IsHaraka(char32_t c) {
  // Arabic short vowels, tanween, shadda, sukun and the other marks normalisation drops.
  // U+0653..U+0655 (maddah, hamza above/below) are left out on purpose: NFKC composes
  // them with the letter before (ا + ٔ → أ), so they must take the slow path.
  return (c >= 0x064B && c <= 0x0652) || (c >= 0x0656 && c <= 0x065F) || c == 0x0670;
}

Script ScriptOf(char32_t c) {
  UErrorCode err = U_ZERO_ERROR;
  switch (uscript_getScript(static_cast<UChar32>(c), &err)) {
    case USCRIPT_LATIN: return kLatin;
    case USCRIPT_CYRILLIC: return kCyrillic;
    case USCRIPT_ARABIC: return kArabic;
    case USCRIPT_HEBREW: return kHebrew;
    case USCRIPT_GREEK: return kGreek;
    case USCRIPT_ARMENIAN: return kArmenian;
    case USCRIPT_GEORGIAN: return kGeorgian;
    case USCRIPT_HAN: return kHan;
    case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: return kKana;
    case USCRIPT_HANGUL: return kHangul;
    case USCRIPT_THAI: return kThai;
    case USCRIPT_DEVANAGARI: return kDevanagari;
    case USCRIPT_COMMON: case USCRIPT_INHERITED: case USCRIPT_INVALID_CODE: return kCommon;
    default: return kOtherScript;
  }
}

Kind KindOf(char32_t c) {
  switch (c) {
    case '\n': case '\r': case '\v': case '\f': case 0x0085: case 0x2028: case 0x2029:
      return kNewline;
    case 0x200B: return kSpace;  // zero-width space: a word break that shows no space
    case 0x200C: case 0x200D: case 0x0640: case 0x00AD: case 0x2060: return kJoiner;
    default: break;
  }
  if (u_isUWhiteSpace(static_cast<UChar32>(c))) return kSpace;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
      return kLetter;
    case U_DECIMAL_DIGIT_NUMBER: case U_LETTER_NUMBER: case U_OTHER_NUMBER: return kDigit;
    case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK: return kMark;
    // Bidi marks and other invisible format characters sit inside and between words in
    // Arabic and Hebrew text; they never start a token and normalisation drops them.
    case U_FORMAT_CHAR: return kJoiner;
    case U_CONTROL_CHAR: case U_SURROGATE: case U_UNASSIGNED: case U_PRIVATE_USE_CHAR:
      return kIgnore;
    default: return kOther;
  }
}

Info Compute(char32_t c, const icu::Normalizer2* nfkc) {
  Info info;
  info.kind = KindOf(c);
  info.script = ScriptOf(c);
  info.fold = Fold(c);
  const auto uc = static_cast<UChar32>(c);
  if (u_isupper(uc) || u_istitle(uc)) info.flags |= kUpper;
  if (u_islower(uc)) info.flags |= kLower;
  if (info.script == kHan || info.script == kKana) info.flags |= kOneCharWord;
  const bool surrogate = c >= 0xD800 && c <= 0xDFFF;  // never decoded from valid UTF-8
  bool fast = IsHaraka(c);
  if (!fast && nfkc && !surrogate) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::UnicodeString s(uc);
    fast = nfkc->hasBoundaryBefore(uc) && nfkc->isNormalized(s, err) && U_SUCCESS(err);
  }
  if (nfkc && !surrogate && !nfkc->hasBoundaryBefore(uc)) info.flags |= kNoBoundaryBefore;
  if (fast) info.flags |= kFast;
  return info;
}

const icu::Normalizer2* Nfkc() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(err);
  return U_SUCCESS(err) ? n : nullptr;
}

}  // namespace

// The BMP table, built on first use (tens of milliseconds of ICU calls, once per process).
const Info* BmpTable() {
  static const std::unique_ptr<Info[]> table = [] {
    auto t = std::make_unique<Info[]>(0x10000);
    const icu::Normalizer2* nfkc = Nfkc();
    for (char32_t c = 0; c < 0x10000; ++c) t[c] = Compute(c, nfkc);
    return t;
  }();
  return table.get();
}

char32_t Fold(char32_t c) {
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;  // alef variants
    case 0x0649: return 0x064A;  // alef maqsura -> yeh
    case 0x06CC: case 0x06D2: case 0x06D3: return 0x064A;  // Persian yeh, Urdu yeh barree
    case 0x06A9: return 0x0643;  // Persian kaf (keheh)
    // Teh marbuta and the heh forms Persian and Urdu write: one letter for matching.
    case 0x0629: case 0x06C3: case 0x06C0: case 0x06C1: case 0x06C2: case 0x06D5: return 0x0647;
    case 0x06BE: return 0x0647;  // Urdu heh doachashmee as in Arabic-script names
    case 0x0640: return 0;       // tatweel
    case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F: case 0xFEFF:
    case 0x00AD: case 0x2060: case 0x061C:
      return 0;  // zero-width characters, bidi marks, soft hyphen
    case 0x066B: return '.';  // Arabic decimal separator
    case 0x066C: return ',';  // Arabic thousands separator
    case 0x066A: return '%';
    case 0x06D4: return '.';  // Urdu full stop
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2039: case 0x203A: case 0x2033:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:
      return '-';
    // Turkish and Azerbaijani: I, İ, ı and i are one letter for matching, so that
    // IRAKLI, Iraklı and iraklı agree whatever the case and keyboard (the Turkish
    // stemmer gets the dotless letter back from vowel harmony, see stem.cc).
    case 0x0130: case 0x0131: return 'i';
    default: break;
  }
  if (IsHaraka(c)) return 0;
  // Madda and hamza marks NFKC could not compose with the letter before (the Persian
  // ezafe خانهٔ): diacritics for matching.
  if (c >= 0x0653 && c <= 0x0655) return 0;
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);  // Arabic-Indic digits
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);  // Persian digits
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

Info Get(char32_t c) {
  if (c < 0x10000) return BmpTable()[c];
  return Compute(c, Nfkc());
}

}  // namespace dyad::chars

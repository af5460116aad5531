// Normalised forms of words and texts for matching. The original text is never changed:
// a token keeps its span in the document and carries its normalised form beside it, and
// a normalised text keeps a map back to the original, so every span dyad reports points
// into the stored article.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace dyad {

// NFKC, lower case, and the orthographic folds that make spellings of one word equal:
// Arabic diacritics and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه (teh marbuta matches
// the heh it is often written as; Persian ۀ and Urdu ۃ ہ ھ fold the same way), Persian
// ی and Urdu ے → ي, ک → ك, Arabic-Indic and Persian digits → 0-9 (٫ ٬ → . ,), the Urdu
// full stop ۔ → ., typographic quotes and dashes → ASCII, ZWNJ, ZWJ, bidi marks and soft
// hyphens dropped, and the Turkish/Azerbaijani I İ ı i all → i (so IRAKLI = Iraklı).
// Invalid UTF-8 is replaced by U+FFFD. Thread-safe. Words made only of characters that
// NFKC leaves alone take a table-driven path without ICU; the rest go through ICU.
std::string NormalizeWord(std::string_view word);

// Appends NormalizeWord(word) to *out: the allocation-free form the tokeniser uses.
void AppendNormalizedWord(std::string_view word, std::string* out);

// The reference implementation of NormalizeWord (always through ICU's NFKC), kept for
// tests that check the fast path against it.
std::string NormalizeWordSlow(std::string_view word);

// A whole text normalised like NormalizeWord, white space kept (every space and control
// character → ' ', line breaks → '\n', "\r\n" → '\n'), with a map from each normalised
// byte back to the original.
struct NormalizedText {
  std::string text;
  // to_orig[i]: the byte offset in the original where the character that produced
  // text[i] begins; to_orig[text.size()] is the original's size. Non-decreasing.
  std::vector<uint32_t> to_orig;

  // The original span of text[begin, end): from the start of the character that
  // produced text[begin] to the end of the one that produced text[end - 1] (including
  // the marks and joiners normalisation dropped after it).
  Span ToOriginal(size_t begin, size_t end) const;
};
NormalizedText NormalizeText(std::string_view text);

}  // namespace dyad

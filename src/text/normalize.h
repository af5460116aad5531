// Normalised forms of words for matching. The original text is never changed: a token
// keeps its span in the document and carries its normalised form beside it.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// NFKC, lower case, and the orthographic folds that make spellings of one word equal:
// Arabic diacritics and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی → ي and
// ک → ك, Arabic-Indic and Persian digits → 0-9, typographic quotes and dashes → ASCII,
// ZWNJ dropped. Invalid UTF-8 is replaced by U+FFFD. Thread-safe.
std::string NormalizeWord(std::string_view word);

}  // namespace dyad

// Splitting text into tokens, keeping byte offsets into the original.
#pragma once

#include <string_view>
#include <vector>

#include "text/token.h"

namespace dyad {

// Longest token in bytes: a longer run of letters (a 1 MB "word") is cut into pieces of
// at most this size at code point boundaries, so work per token stays bounded.
inline constexpr size_t kMaxTokenBytes = 256;

// Tokens of text[begin, end): words (letters, digits, marks; internal apostrophes as in
// "don't"; ZWNJ inside Persian words), numbers with decimal points or thousands
// separators (also Arabic ٫ ٬), abbreviations with their period ("U.S.", "Gen.",
// initials "F."; lists in data/text/abbreviations.tsv), the English possessive "'s" as
// its own token, and every other non-space code point as a one-character punctuation
// token. A word ends where the script changes (Latin → Arabic); Han and Kana letters are
// one token each. lang (the document's, may be empty) selects the abbreviation list.
// norm is set; key is left to the caller. Invalid UTF-8 decodes as U+FFFD one byte at a
// time, so spans stay on the original bytes.
std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end,
                            std::string_view lang = {});

}  // namespace dyad

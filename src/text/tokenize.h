// Splitting text into tokens, keeping byte offsets into the original.
#pragma once

#include <string_view>
#include <vector>

#include "text/token.h"

namespace dyad {

// Tokens of text[begin, end): words (letters, digits, marks; internal apostrophes as in
// "don't"; ZWNJ inside Persian words), numbers with decimal points or thousands
// separators, abbreviations with their period ("U.S.", "Gen.", initials "F."), the
// English possessive "'s" as its own token, and every other non-space code point as a
// one-character punctuation token. norm is set; key is left to the caller.
std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end);

}  // namespace dyad

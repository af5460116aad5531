// Sentence boundaries over tokens.
#pragma once

#include <string_view>
#include <vector>

#include "text/token.h"

namespace dyad {

// Splits tokens into sentences:
// - at . ! ? ؟ … (and ۔ । 。), with closing quotes and brackets kept in the sentence;
//   the Arabic comma and semicolon ، ؛ do not end sentences;
// - not after an abbreviation that stands before a name (Gen., Dr., Jan.; the token
//   carries its period), nor after one that may end a sentence (U.S., etc., initials)
//   unless a sentence starter ("The", "But"; data/text/sentence_starters.tsv) or a line
//   break follows; not where the next word starts in lower case ("approx. five"), nor
//   after a list number ("1." at the start of a line);
// - at line breaks (headlines, list items), except a line that ends without sentence
//   punctuation followed by one starting in lower case or after a comma (hard-wrapped
//   text); always at an empty line and before a bullet (• ▪ ► ...).
// lang (may be empty) selects the abbreviation and sentence-starter lists. Sentences
// longer than max_tokens are cut so that work per sentence stays bounded.
std::vector<Sentence> SplitSentences(std::string_view text, std::vector<Token> tokens,
                                     size_t max_tokens = 200, std::string_view lang = {});

}  // namespace dyad

// Sentence boundaries over tokens.
#pragma once

#include <string_view>
#include <vector>

#include "text/token.h"

namespace dyad {

// Splits tokens into sentences at line breaks (headlines, list items) and at . ! ? ؟ …
// (with closing quotes and brackets kept in the sentence), except where a period
// ends an abbreviation (tokenised with it) or the next word starts in lower case.
// Sentences longer than max_tokens are cut so that work per sentence stays bounded.
std::vector<Sentence> SplitSentences(std::string_view text, std::vector<Token> tokens,
                                     size_t max_tokens = 200);

}  // namespace dyad

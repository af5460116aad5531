// The text layer's analysis shown to people and programs (`dyad text`): sentences with
// their language and span, tokens with their normalised forms, keys and, for Arabic
// script, clitic segmentations.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/token.h"

namespace dyad {

// [{"text", "lang", "begin", "end", "tokens": [{"text", "begin", "end", "norm", "key",
// "word", "segments"?}]}]: begin/end are byte offsets into text (the string the
// sentences were made from); "segments" lists ArabicSegments readings ("و+ال+كرملين")
// of Arabic-script words that have more than one. Invalid UTF-8 in text is carried as
// is: dump the result with an error handler (nlohmann's replace).
nlohmann::json SentencesJson(std::string_view text, const std::vector<Sentence>& sentences);

// The same as a table for reading: per sentence a header line "[i] begin-end lang:
// text", then one line per token: span, text, norm, key (when it differs) and readings.
std::string SentencesTable(std::string_view text, const std::vector<Sentence>& sentences);

}  // namespace dyad

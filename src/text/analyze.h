// The text stage: a Document's language, sentences and tokens with matching keys.
#pragma once

#include <vector>

#include "core/document.h"
#include "text/token.h"

namespace dyad {

// Detects the document's language (keeping a language the input declared) and splits
// its text into sentences of tokens with keys set for that language. Each sentence gets
// its own language, restricted to the document's and English within the document's
// script (see IdentifyLanguage); a sentence in another script is identified freely.
std::vector<Sentence> AnalyzeText(Document& doc);

// The same for a lone piece of text in a known language (tests, tools).
std::vector<Sentence> AnalyzeText(std::string_view text, const std::string& lang);

}  // namespace dyad

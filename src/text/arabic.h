// Arabic (and Persian) clitics for lexicon matching.
#pragma once

#include <string_view>

namespace dyad {

// A candidate stem of a normalised Arabic-script word, as a view into that word.
struct ArabicStem {
  std::string_view stem;
  bool future = false;  // a future prefix س was removed (سيزور → يزور)
  int stripped = 0;     // how many clitics were removed; 0 = the word itself
};

// The candidate stems of a normalised word (see NormalizeWord), the word itself first,
// then with the conjunctions و ف, the prepositions ب ل ك, the article ال (also in لل)
// and the future prefix س removed, in order of fewer removals first. A candidate is
// kept only when at least two letters remain, so short names are not broken; a
// lexicon picks the first candidate it knows. Returns how many were written (≤ 8).
int ArabicStems(std::string_view word, ArabicStem out[8]);

// The form a lexicon stores for an Arabic-script word: normalised, with a leading
// article ال removed when at least two letters remain.
std::string_view ArabicLexiconForm(std::string_view normalized_word);

// True when the word's first code point is in the Arabic blocks.
bool IsArabicScript(std::string_view word);

}  // namespace dyad

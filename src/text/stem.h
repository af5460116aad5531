// Snowball stemming (libstemmer) for matching keys.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// The Snowball stem of a normalised word in lang ("en", "ru", "tr", ...), or the word
// itself when dyad does not stem that language (Arabic and Persian use clitic
// candidates instead). Thread-safe: each thread keeps its own stemmers. Turkish: the
// dotless ı that NormalizeWord folds to i is restored from vowel harmony before
// stemming and folded again after, so stems agree with normalised forms; a suffix after
// an apostrophe (Rusya'nın, Kırım'da) is dropped. French: an elided article or pronoun
// (l'armée, qu'il) is dropped. Recent stems are cached per thread (bounded).
std::string StemWord(std::string_view lang, std::string_view norm);

// True when StemWord stems lang.
bool HasStemmer(std::string_view lang);

}  // namespace dyad

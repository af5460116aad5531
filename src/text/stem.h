// Snowball stemming (libstemmer) for matching keys.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// The Snowball stem of a normalised word in lang ("en", "ru", "tr", ...), or the word
// itself when dyad does not stem that language (Arabic and Persian use clitic
// candidates instead). Thread-safe: each thread keeps its own stemmers.
std::string StemWord(std::string_view lang, std::string_view norm);

// True when StemWord stems lang.
bool HasStemmer(std::string_view lang);

}  // namespace dyad

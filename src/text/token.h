// Tokens and sentences: views into a document's text with their normalised forms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace dyad {

struct Token {
  Span span;         // in the document text
  std::string norm;  // NormalizeWord of the token
  std::string key;   // the matching key: Snowball stem where the language has one, else norm
  bool word = false;       // letters or digits (false for punctuation)
  bool capital = false;    // starts with an upper-case letter (Latin, Cyrillic...)
  bool newline_before = false;    // a line break separates it from the previous token
  bool paragraph_before = false;  // an empty line separates it from the previous token
};

// A comma, Latin or Arabic ("،"), as a normalised token.
inline bool IsComma(std::string_view norm) { return norm == "," || norm == "\u060C"; }
inline bool IsComma(const Token& t) { return IsComma(t.norm); }

struct Sentence {
  Span span;
  std::string lang;
  std::vector<Token> tokens;
};

}  // namespace dyad

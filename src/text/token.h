// Tokens and sentences: views into a document's text with their normalised forms.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.h"
#include "core/word_ids.h"
#include "text/arabic.h"

namespace dyad {

struct Token {
  Span span;         // in the document text
  std::string norm;  // NormalizeWord of the token
  std::string key;   // the matching key: Snowball stem where the language has one, else norm
  // WordIds::Hash of norm and key, set with them by HashForms (0: not set). Each phrase
  // index asks every token for its key: hashed once here, not once per index.
  uint64_t norm_hash = 0, key_hash = 0;
  // For an Arabic-script norm, HashArabicReadings of it, set by HashForms too (bits 0:
  // not set, or another script): phrase indexes skip the word from it.
  ArabicReadingHashes readings;
  bool word = false;       // letters or digits (false for punctuation)
  bool capital = false;    // starts with an upper-case letter (Latin, Cyrillic...)
  bool newline_before = false;    // a line break separates it from the previous token
  bool paragraph_before = false;  // an empty line separates it from the previous token
};

// Remembers the hashes of t's norm and key (and its readings' bits); whoever changes
// them calls it again.
inline void HashForms(Token* t) {
  t->norm_hash = WordIds::Hash(t->norm);
  t->key_hash = WordIds::Hash(t->key);
  t->readings = IsArabicScript(t->norm) ? HashArabicReadings(t->norm, t->norm_hash) : ArabicReadingHashes{};
}
// The hashes, from HashForms or, for a token made without it, computed now.
inline uint64_t NormHash(const Token& t) {
  return t.norm_hash ? t.norm_hash : WordIds::Hash(t.norm);
}
inline uint64_t KeyHash(const Token& t) { return t.key_hash ? t.key_hash : WordIds::Hash(t.key); }

// A number written in digits ("11,000", "1.5"); not a bare comma or point.
inline bool IsNumeral(std::string_view w) {
  return !w.empty() && w[0] >= '0' && w[0] <= '9' && w.find_first_not_of("0123456789,.") == std::string_view::npos;
}

// A comma, Latin or Arabic ("،"), as a normalised token.
inline bool IsComma(std::string_view norm) { return norm == "," || norm == "\u060C"; }
inline bool IsComma(const Token& t) { return IsComma(t.norm); }

// A quotation mark: the tokenizer writes «», “” and " alike as '"'.
inline bool IsDoubleQuote(const Token& t) { return t.norm == "\""; }

// A hyphen at t written onto the words around it, inside one hyphenated word
// ("45-day", "de-escalation"): the word is three tokens.
inline bool InnerHyphen(const std::vector<Token>& tokens, size_t t) {
  return t > 0 && t + 1 < tokens.size() && tokens[t].norm == "-" && tokens[t + 1].word &&
         tokens[t].span.begin == tokens[t - 1].span.end && tokens[t + 1].span.begin == tokens[t].span.end;
}

// A comma at t that joins a new clause on: followed by "and" or by a word carrying the
// conjunction و (", and on Thursday Ukraine struck", "، وقصفت").
inline bool CommaAnd(const std::vector<Token>& tokens, size_t t) {
  return t + 1 < tokens.size() && IsComma(tokens[t]) &&
         (tokens[t + 1].norm == "and" || tokens[t + 1].norm.starts_with("\u0648"));  // و
}

// The commas around token k, for a parenthesis set off by them (", who was arrested in
// 2022,"): {the comma before k, the comma after it}; SIZE_MAX for the first when there
// is none, tokens.size() for the second.
inline std::pair<size_t, size_t> CommasAround(const std::vector<Token>& tokens, size_t k) {
  size_t open = SIZE_MAX;
  for (size_t i = k; i-- > 0;)
    if (IsComma(tokens[i])) {
      open = i;
      break;
    }
  size_t close = k + 1;
  while (close < tokens.size() && !IsComma(tokens[close])) ++close;
  return {open, std::min(close, tokens.size())};
}

struct Sentence {
  Span span;
  std::string lang;
  std::vector<Token> tokens;
};

}  // namespace dyad

#include "text/tokenize.h"

#include <unicode/uchar.h>

#include <array>
#include <string>
#include <unordered_set>

#include "core/utf8.h"
#include "text/normalize.h"

namespace dyad {
namespace {

bool IsWordChar(char32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<int>(c));
  if (c == 0x200C || c == 0x0640) return true;  // ZWNJ and tatweel sit inside words
  const int8_t t = u_charType(static_cast<UChar32>(c));
  return u_isalnum(static_cast<UChar32>(c)) || t == U_NON_SPACING_MARK ||
         t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(c); }

// Abbreviations that keep their period (lower-case, without the period).
const std::unordered_set<std::string>& Abbreviations() {
  static const std::unordered_set<std::string> k = {
      "mr",   "mrs",  "ms",   "dr",   "prof", "gen",  "col",  "lt",   "maj",  "capt", "cpt",
      "sgt",  "adm",  "gov",  "sen",  "rep",  "rev",  "st",   "jr",   "sr",   "vs",   "etc",
      "inc",  "ltd",  "co",   "corp", "dept", "univ", "no",   "nos",  "vol",  "fig",  "approx",
      "jan",  "feb",  "mar",  "apr",  "jun",  "jul",  "aug",  "sep",  "sept", "oct",  "nov",
      "dec",  "mon",  "tue",  "wed",  "thu",  "fri",  "sat",  "sun",  "pres", "amb",  "min"};
  return k;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end) {
  std::vector<Token> out;
  size_t i = begin;
  bool newline = false;
  while (i < end) {
    size_t start = i;
    char32_t c = utf8::Next(text, i);
    if (IsSpace(c)) {
      if (c == '\n') newline = true;
      continue;
    }
    Token t;
    t.newline_before = newline;
    newline = false;
    if (IsWordChar(c)) {
      const bool digit_start = c < 0x80 && std::isdigit(static_cast<int>(c));
      size_t j = i;
      while (j < end) {
        size_t k = j;
        char32_t d = utf8::Next(text, k);
        if (IsWordChar(d)) {
          j = k;
          continue;
        }
        // Internal apostrophe: don't, O'Brien — but not the possessive 's.
        if ((d == '\'' || d == 0x2019) && k < end) {
          size_t m = k;
          char32_t e = utf8::Next(text, m);
          size_t after = m;
          const bool possessive =
              (e == 's' || e == 'S') && (m >= end || !IsWordChar(utf8::Next(text, after)));
          if (IsWordChar(e) && !possessive) {
            j = m;
            continue;
          }
        }
        // Decimal point or thousands separator between digits.
        if (digit_start && (d == '.' || d == ',') && k < end &&
            std::isdigit(static_cast<unsigned char>(text[k]))) {
          j = k;
          continue;
        }
        break;
      }
      // A period that belongs to the word: U.S., e.g., initials, known abbreviations.
      if (j < end && text[j] == '.') {
        const std::string_view w = text.substr(start, j - start);
        std::string low(w);
        for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        const bool single_letter = w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0]));
        if (single_letter || Abbreviations().count(low)) {
          size_t k = j + 1;
          // Letter-period chains: U.S., U.K., e.g.
          while (single_letter && k + 1 < end && std::isalpha(static_cast<unsigned char>(text[k])) &&
                 text[k + 1] == '.')
            k += 2;
          j = (single_letter && k == j + 1 && w[0] >= 'a' && w[0] <= 'z') ? j : k;
        }
      }
      i = j;
      t.word = true;
      t.capital = u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
    } else if ((c == '\'' || c == 0x2019) && i < end && (text[i] == 's' || text[i] == 'S') &&
               (i + 1 >= end || !std::isalnum(static_cast<unsigned char>(text[i + 1])))) {
      ++i;  // possessive 's
      t.word = true;
    }
    t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(i)};
    t.norm = NormalizeWord(text.substr(start, i - start));
    if (t.norm == "’s") t.norm = "'s";
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace dyad

#include "text/tokenize.h"

#include <algorithm>
#include <string>

#include "core/utf8.h"
#include "text/chars.h"
#include "text/normalize.h"
#include "text/text_data.h"

namespace dyad {
namespace {

using chars::Info;

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// The script a language is written in, to pick the abbreviation list for a word: a
// Latin-script word in an Arabic document is read with the English list.
chars::Script ScriptOfLang(std::string_view lang) {
  if (lang == "ar" || lang == "fa" || lang == "ur") return chars::kArabic;
  if (lang == "ru" || lang == "uk" || lang == "bg" || lang == "be" || lang == "sr") return chars::kCyrillic;
  if (lang == "he") return chars::kHebrew;
  if (lang.empty()) return chars::kCommon;
  return chars::kLatin;
}

std::string_view AbbreviationLang(std::string_view lang, chars::Script word_script) {
  if (lang.empty() || word_script == chars::kCommon || ScriptOfLang(lang) == word_script) return lang;
  switch (word_script) {
    case chars::kLatin: return "en";
    case chars::kCyrillic: return "ru";
    case chars::kArabic: return "ar";
    default: return lang;
  }
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, size_t end, std::string_view lang)
      : text_(text), end_(end), lang_(lang), table_(chars::BmpTable()), data_(TextData::Get()) {}

  std::vector<Token> Run(size_t begin) {
    std::vector<Token> out;
    out.reserve((end_ - begin) / 5 + 4);
    size_t i = begin;
    int newlines = 0;
    while (i < end_) {
      const size_t start = i;
      const auto b = static_cast<unsigned char>(text_[i]);
      if (b == ' ') {  // the commonest byte of all
        ++i;
        continue;
      }
      const char32_t c = chars::Next(text_, i);
      const bool invalid = c == utf8::kReplacement && i - start == 1;
      const Info info = invalid ? Info{utf8::kReplacement, chars::kOther} : chars::Lookup(table_, c);
      switch (info.kind) {
        case chars::kNewline:
          // "\r\n" is one line break.
          if (!(c == '\n' && start > 0 && text_[start - 1] == '\r')) ++newlines;
          continue;
        case chars::kSpace: case chars::kIgnore: case chars::kJoiner:
          continue;
        default: break;
      }
      const bool newline_before = newlines > 0, paragraph_before = newlines > 1;
      newlines = 0;
      bool word = false, capital = false;
      if (info.kind == chars::kLetter || info.kind == chars::kDigit) {
        i = ScanWord(start, i, info);
        word = true;
        capital = info.flags & chars::kUpper;
      } else if (IsApostrophe(c) && i < end_ && (text_[i] == 's' || text_[i] == 'S') &&
                 (i + 1 >= end_ || !IsWordByte(i + 1))) {
        ++i;  // possessive 's after a word that ended at the apostrophe
        word = true;
      } else if (info.kind == chars::kMark) {
        // A stray combining mark: keep it with any marks after it as one token.
        while (i < end_) {
          size_t k = i;
          const char32_t d = chars::Next(text_, k);
          if (chars::Lookup(table_, d).kind != chars::kMark) break;
          i = k;
        }
      }
      Emit(&out, start, i, word, capital, newline_before, paragraph_before);
    }
    return out;
  }

 private:
  // True when the code point at byte k is a letter, digit or mark.
  bool IsWordByte(size_t k) const {
    size_t m = k;
    const chars::Kind kind = chars::Lookup(table_, chars::Next(text_, m)).kind;
    return kind == chars::kLetter || kind == chars::kDigit || kind == chars::kMark;
  }

  // The end of the run of ASCII letters and digits from byte j, at most limit.
  size_t AsciiAlnumEnd(size_t j, size_t limit) const {
    const char* p = text_.data();
    while (j < limit) {
      const auto b = static_cast<unsigned char>(p[j]);
      if (!((b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))) break;
      ++j;
    }
    return j;
  }

  // Appends the token text_[start, stop), built in place (no Token moves).
  void Emit(std::vector<Token>* out, size_t start, size_t stop, bool word, bool capital, bool newline_before,
            bool paragraph_before) const {
    Token& t = out->emplace_back();
    t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(stop)};
    t.word = word;
    t.capital = capital;
    t.newline_before = newline_before;
    t.paragraph_before = paragraph_before;
    if (stop - start > 15) t.norm.reserve(stop - start);
    AppendNormalizedWord(text_.substr(start, stop - start), &t.norm);
  }

  // Scans the word that starts at start (its first code point decoded up to i) and
  // returns where it ends.
  size_t ScanWord(size_t start, size_t i, const Info& first) {
    const bool digit_start = first.kind == chars::kDigit;
    chars::Script script = first.script;
    const bool one_char = first.flags & chars::kOneCharWord;
    size_t j = i;
    const size_t limit = std::min(end_, start + kMaxTokenBytes);
    while (j < limit) {
      // ASCII letters and digits: the common case, without decoding or a table lookup.
      const auto b = static_cast<unsigned char>(text_[j]);
      if (b < 0x80) {
        const bool digit = b >= '0' && b <= '9';
        const bool letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
        if (letter || digit) {
          if (one_char) break;
          if (letter) {
            if (script == chars::kCommon) {
              script = chars::kLatin;
            } else if (script != chars::kLatin) {
              break;  // Arabic then Latin: two words
            }
          }
          ++j;
          // In a Latin-script word the ASCII letters and digits that follow change
          // nothing above: they are skipped in a loop of their own.
          if (script == chars::kLatin) j = AsciiAlnumEnd(j, limit);
          continue;
        }
      }
      size_t k = j;
      const char32_t d = chars::Next(text_, k);
      if (d == utf8::kReplacement && k - j == 1) break;  // invalid byte: its own token
      if (k > limit) break;
      const Info di = chars::Lookup(table_, d);
      if (di.kind == chars::kMark || di.kind == chars::kJoiner) {
        j = k;  // marks, ZWNJ, tatweel and bidi marks stay inside the word
        continue;
      }
      if (di.kind == chars::kLetter || di.kind == chars::kDigit) {
        if (one_char || (di.flags & chars::kOneCharWord)) break;
        if (di.script != chars::kCommon) {
          if (script == chars::kCommon) {
            script = di.script;
          } else if (di.script != script) {
            break;  // Latin then Arabic: two words
          }
        }
        j = k;
        continue;
      }
      if (IsApostrophe(d) && k < end_) {
        // Internal apostrophe: don't, O'Brien; not the possessive 's.
        size_t m = k;
        const char32_t e = chars::Next(text_, m);
        const Info ei = chars::Lookup(table_, e);
        const bool letter_after = ei.kind == chars::kLetter;
        const bool possessive = (e == 's' || e == 'S') && (m >= end_ || !IsWordByte(m));
        if (letter_after && !possessive) {
          // One token, as in every language: Turkish "Rusya'nın" and French "l'armée"
          // too (their keys drop the suffix or the article, see StemWord).
          j = m;
          continue;
        }
      }
      // Decimal point or thousands separator between digits (3.5, 1,000, ٣٫٥).
      if (digit_start && (d == '.' || d == ',' || d == 0x066B || d == 0x066C) && k < end_) {
        size_t m = k;
        if (chars::Lookup(table_, chars::Next(text_, m)).kind == chars::kDigit) {
          j = k;
          continue;
        }
      }
      break;
    }
    if (const size_t glued = GluedWordEnd(start, j)) return glued;
    return AbbreviationEnd(start, j, script);
  }

  // "YektrinburgThe two men": text extraction lost the space (and full stop) before a
  // sentence's first word. A capitalised "The" or "And" glued to a lower-case letter
  // at the end of a long ASCII word starts a token of its own; returns where the first
  // part ends, or 0.
  size_t GluedWordEnd(size_t start, size_t j) const {
    constexpr size_t kMinFirst = 5;
    const std::string_view w = text_.substr(start, j - start);
    for (std::string_view tail : {std::string_view("The"), std::string_view("And")}) {
      if (w.size() < tail.size() + kMinFirst || !w.ends_with(tail)) continue;
      const auto before = static_cast<unsigned char>(w[w.size() - tail.size() - 1]);
      if (before >= 'a' && before <= 'z') return j - tail.size();
    }
    return 0;
  }

  // Where the word text[start, j) ends once a period that belongs to it is included:
  // U.S., e.g., initials, known abbreviations.
  size_t AbbreviationEnd(size_t start, size_t j, chars::Script script) const {
    if (j >= end_ || text_[j] != '.') return j;
    const std::string_view w = text_.substr(start, j - start);
    size_t first_len = 0;
    {
      size_t k = 0;
      chars::Next(w, k);
      first_len = k;
    }
    const bool single_letter = first_len == w.size() && !IsAsciiDigit(w[0]);
    // Letter-period chains: U.S., U.K., e.g., т.е., z.B.
    if (single_letter) {
      size_t k = j + 1;
      int links = 0;
      while (k < end_) {
        size_t m = k;
        const Info li = chars::Lookup(table_, chars::Next(text_, m));
        if (li.kind != chars::kLetter || m >= end_ || text_[m] != '.') break;
        k = m + 1;
        ++links;
      }
      if (links > 0) return k;
    }
    // Multi-letter parts joined by periods that the list knows: EE.UU., z.B. in German.
    const std::string_view lang = AbbreviationLang(lang_, script);
    std::string low = NormalizeWord(w);
    if (j + 1 < end_) {
      size_t k = j + 1, m = k;
      while (m < end_ && m - k < 8) {
        size_t n = m;
        const Info li = chars::Lookup(table_, chars::Next(text_, n));
        if (li.kind != chars::kLetter) break;
        m = n;
      }
      if (m > k && m < end_ && text_[m] == '.') {
        const std::string longer = low + "." + NormalizeWord(text_.substr(k, m - k));
        if (data_.Abbreviation(lang, longer) != AbbreviationKind::kNone) return m + 1;
      }
    }
    if (data_.Abbreviation(lang, low) != AbbreviationKind::kNone) return j + 1;
    // An initial: one capital letter (J. Smith). A lower-case single letter with a period
    // is more often the end of a sentence ("plan b.").
    if (single_letter) {
      size_t k = 0;
      const char32_t c = chars::Next(w, k);
      if (chars::Lookup(table_, c).flags & chars::kUpper) return j + 1;
    }
    return j;
  }

  std::string_view text_;
  size_t end_;
  std::string_view lang_;
  const Info* table_;
  const TextData& data_;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end, std::string_view lang) {
  if (end > text.size()) end = text.size();
  if (begin >= end) return {};
  return Tokenizer(text, end, lang).Run(begin);
}

}  // namespace dyad

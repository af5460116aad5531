#include "text/sentences.h"

#include <iterator>

#include "core/literal.h"
#include "text/chars.h"
#include "text/text_data.h"

namespace dyad {

namespace {

char32_t FirstChar(std::string_view text, const Token& t) {
  size_t i = t.span.begin;
  return i < text.size() ? chars::Next(text, i) : 0;
}

bool IsTerminal(const Token& t) {
  if (t.word) return false;
  const std::string& n = t.norm;
  return n == "."_lit || n == "!"_lit || n == "?"_lit || n == "؟"_lit || n == "…"_lit || n == "。"_lit ||
         n == "।"_lit || n == "॥"_lit || n == "։"_lit || n == "‼"_lit || n == "⁇"_lit || n == "⁈"_lit ||
         n == "⁉"_lit;
}

bool IsQuote(const Token& t) { return !t.word && (IsDoubleQuote(t) || t.norm == "'"_lit); }

bool IsClosingBracket(const Token& t) {
  return !t.word && (t.norm == ")"_lit || t.norm == "]"_lit || t.norm == "}"_lit || t.norm == "」"_lit ||
                     t.norm == "』"_lit);
}

bool IsBullet(char32_t c) {
  switch (c) {
    case 0x2022: case 0x25E6: case 0x25AA: case 0x25AB: case 0x25A0: case 0x25A1: case 0x25BA:
    case 0x25B6: case 0x25CF: case 0x25CB: case 0x2023: case 0x2043: case 0x2219: case 0x27A4:
      return true;
    default:
      return false;
  }
}

bool Attached(const Token& a, const Token& b) { return a.span.end == b.span.begin; }

// A lower-case start suggests the line or the period did not end the sentence.
bool StartsLower(std::string_view text, const Token& t) {
  return t.word && (chars::Get(FirstChar(text, t)).flags & chars::kLower);
}

bool AllDigits(const Token& t) {
  if (!t.word || t.norm.empty() || t.norm.size() > 3) return false;
  for (char c : t.norm)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string_view LangForScript(std::string_view lang, std::string_view text, const Token& t) {
  const chars::Script s = chars::Get(FirstChar(text, t)).script;
  const bool arabic_lang = lang == "ar"_lit || lang == "fa"_lit || lang == "ur"_lit;
  const bool cyrillic_lang = lang == "ru"_lit || lang == "uk"_lit || lang == "bg"_lit;
  if (s == chars::kLatin && (arabic_lang || cyrillic_lang || lang == "he"_lit)) return "en";
  if (s == chars::kCyrillic && !cyrillic_lang && !lang.empty()) return "ru";
  if (s == chars::kArabic && !arabic_lang && !lang.empty()) return "ar";
  return lang;
}

// Finds sentence boundaries by index first and moves each token once, into its
// sentence, at the end.
class Splitter {
 public:
  Splitter(std::string_view text, std::vector<Token>& tokens, size_t max_tokens, std::string_view lang)
      : text_(text), tokens_(tokens), max_tokens_(max_tokens ? max_tokens : 1), lang_(lang),
        data_(TextData::Get()) {}

  std::vector<Sentence> Run() {
    const size_t n = tokens_.size();
    for (size_t i = 0; i < n; ++i) {
      if (i > start_ && BreakBefore(i)) Cut(i);
      const Token& t = tokens_[i];
      if (IsTerminal(t)) {
        const bool period = t.norm == "."_lit;
        // Keep runs of terminal punctuation and closing quotes in this sentence.
        while (i + 1 < n && !tokens_[i + 1].newline_before && (IsTerminal(tokens_[i + 1]) || IsCloser(i + 1))) ++i;
        if (i + 1 < n && !tokens_[i + 1].newline_before && period && ContinuesAfterPeriod(i)) continue;
        Cut(i + 1);
      } else if (t.word && t.norm.size() > 1 && t.norm.back() == '.' && i + 1 < n &&
                 !tokens_[i + 1].newline_before && EndsAfterAbbreviation(t, tokens_[i + 1])) {
        Cut(i + 1);
      } else if (i + 1 - start_ >= max_tokens_) {
        Cut(i + 1);
      }
    }
    Cut(n);
    std::vector<Sentence> out;
    out.reserve(cuts_.size());
    size_t b = 0;
    for (size_t e : cuts_) {
      Sentence s;
      s.span = {tokens_[b].span.begin, tokens_[e - 1].span.end};
      s.tokens.reserve(e - b);
      std::move(tokens_.begin() + static_cast<std::ptrdiff_t>(b), tokens_.begin() + static_cast<std::ptrdiff_t>(e),
                std::back_inserter(s.tokens));
      out.push_back(std::move(s));
      b = e;
    }
    return out;
  }

 private:
  // Ends the current sentence before tokens_[e] (nothing when it would be empty).
  void Cut(size_t e) {
    if (e <= start_) return;
    cuts_.push_back(e);
    start_ = e;
  }

  // Whether a sentence ends before tokens_[i] for a reason other than punctuation.
  bool BreakBefore(size_t i) const {
    const Token& t = tokens_[i];
    if (!t.word && IsBullet(FirstChar(text_, t))) return true;
    if (!t.newline_before) return false;
    if (t.paragraph_before) return true;
    // A hard-wrapped line: the line before ends mid-sentence and this one goes on in
    // lower case, or the line before ends with a comma.
    const Token& prev = tokens_[i - 1];
    if (StartsLower(text_, t)) return false;
    if (!prev.word && IsComma(prev)) return false;
    return true;
  }

  // A quote or bracket right after a terminal closes the sentence when it touches the
  // text before it, is a closing-only character, or does not touch the text after it.
  bool IsCloser(size_t i) const {
    const Token& t = tokens_[i];
    if (IsClosingBracket(t)) return true;
    if (!IsQuote(t)) return false;
    if (Attached(tokens_[i - 1], t)) return true;
    const char32_t c = FirstChar(text_, t);
    if (c == 0x00BB || c == 0x201D || c == 0x203A || c == 0x2019) return true;
    if (c == 0x00AB || c == 0x201E || c == 0x201C || c == 0x2039 || c == 0x2018) return false;
    return i + 1 >= tokens_.size() || !Attached(t, tokens_[i + 1]);
  }

  // After a lone period (tokens_[i] is the last token of the terminal run): true when
  // the sentence goes on.
  bool ContinuesAfterPeriod(size_t i) const {
    const Token& next = tokens_[i + 1];
    if (StartsLower(text_, next)) return true;  // "approx. five", "3 p.m. local time"
    // "1." opening a list item at the start of a line.
    if (i == start_ + 1 && AllDigits(tokens_[start_]) && Attached(tokens_[start_], tokens_[i])) {
      const bool line_start = tokens_[start_].newline_before || start_ == 0;
      if (line_start) return true;
    }
    return false;
  }

  // t is a word carrying its period (an abbreviation, initial or letter chain): true when
  // the sentence ends there anyway.
  bool EndsAfterAbbreviation(const Token& t, const Token& next) const {
    const std::string_view lang = LangForScript(lang_, text_, t);
    const std::string_view word = std::string_view(t.norm).substr(0, t.norm.size() - 1);
    if (data_.Abbreviation(lang, word) == AbbreviationKind::kTitle) return false;
    if (!next.word) return false;
    if (!next.capital) return false;
    return data_.IsSentenceStarter(LangForScript(lang_, text_, next), next.norm);
  }

  std::string_view text_;
  std::vector<Token>& tokens_;
  size_t max_tokens_;
  std::string_view lang_;
  const TextData& data_;
  size_t start_ = 0;         // first token of the current sentence
  std::vector<size_t> cuts_;  // end (exclusive) of each sentence
};

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, std::vector<Token> tokens,
                                     size_t max_tokens, std::string_view lang) {
  return Splitter(text, tokens, max_tokens, lang).Run();
}

}  // namespace dyad

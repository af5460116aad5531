#include "text/sentences.h"

namespace dyad {
namespace {

bool IsTerminal(const Token& t) {
  return !t.word && (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "؟" ||
                     t.norm == "..." || t.norm == "…" || t.norm == "。");
}

bool IsCloser(const Token& t) {
  return !t.word && (t.norm == "\"" || t.norm == "'" || t.norm == ")" || t.norm == "]" ||
                     t.norm == "»");
}

// A lower-case Latin start suggests the period was not the end ("approx. five").
bool StartsLower(std::string_view text, const Token& t) {
  const char c = text[t.span.begin];
  return c >= 'a' && c <= 'z';
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, std::vector<Token> tokens,
                                     size_t max_tokens) {
  std::vector<Sentence> out;
  std::vector<Token> cur;
  auto flush = [&]() {
    if (cur.empty()) return;
    Sentence s;
    s.span = {cur.front().span.begin, cur.back().span.end};
    s.tokens = std::move(cur);
    out.push_back(std::move(s));
    cur.clear();
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].newline_before) flush();
    cur.push_back(std::move(tokens[i]));
    const Token& t = cur.back();
    if (IsTerminal(t)) {
      // Keep runs of terminal punctuation and closing quotes in this sentence.
      while (i + 1 < tokens.size() && !tokens[i + 1].newline_before &&
             (IsTerminal(tokens[i + 1]) || IsCloser(tokens[i + 1]))) {
        cur.push_back(std::move(tokens[++i]));
      }
      if (i + 1 < tokens.size() && !tokens[i + 1].newline_before && t.norm == "." &&
          StartsLower(text, tokens[i + 1]))
        continue;
      flush();
    } else if (cur.size() >= max_tokens) {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace dyad

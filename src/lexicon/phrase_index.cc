#include "lexicon/phrase_index.h"

#include "text/arabic.h"
#include "text/normalize.h"
#include "text/stem.h"
#include "text/tokenize.h"

namespace dyad {

std::string LexiconKey(std::string_view lang, std::string_view word, KeyMode mode) {
  const std::string norm = NormalizeWord(word);
  if (IsArabicScript(norm)) return std::string(ArabicLexiconForm(norm));
  if (mode == KeyMode::kStem) return StemWord(lang, norm);
  return norm;
}

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(phrase, 0, phrase.size()))
    out.emplace_back(phrase.substr(t.span.begin, t.span.size()));
  return out;
}

void PhraseIndex::Add(std::vector<std::string> keys, uint32_t payload) {
  if (keys.empty() || keys.front() == "*" || keys.back() == "*") return;
  const uint32_t id = static_cast<uint32_t>(phrases_.size());
  by_first_[keys.front()].push_back(id);
  phrases_.push_back({std::move(keys), payload});
}

namespace {

// The keys a token can match under: its key, and for Arabic script its clitic stems.
constexpr int kMaxKeys = 16;

// The keys a token can match under: its key, and for Arabic script its clitic stems,
// each also without a pronoun suffix ("علاقاتها" → "علاقات") when three letters remain.
// A bare ه is not removed: teh marbuta is folded to ه, so "حكومه" is a whole word.
int TokenKeys(const Token& t, KeyMode mode, ArabicStem out[kMaxKeys]) {
  const std::string& k = mode == KeyMode::kStem ? t.key : t.norm;
  if (!IsArabicScript(t.norm)) {
    out[0] = {k, false, 0};
    return 1;
  }
  int n = ArabicStems(t.norm, out);
  static constexpr std::string_view kSuffixes[] = {"\u0647\u0645\u0627", "\u0647\u0627", "\u0647\u0645",
                                                   "\u0647\u0646", "\u0643\u0645", "\u0646\u0627"};
  const int stems = n;
  for (int i = 0; i < stems && n < kMaxKeys; ++i) {
    const std::string_view w = out[i].stem;
    for (std::string_view suf : kSuffixes) {
      if (w.size() >= suf.size() + 6 && w.ends_with(suf)) {
        out[n++] = {w.substr(0, w.size() - suf.size()), out[i].future, out[i].stripped + 1};
        break;
      }
    }
    // The accusative ending of an indefinite noun ("حصارا", "اتفاقا"), for stems of
    // four letters or more; not the و of a plural verb ("هاجموا").
    constexpr std::string_view kAlef = "\u0627", kWaw = "\u0648";
    if (n < kMaxKeys && w.size() >= kAlef.size() + 8 && w.ends_with(kAlef) &&
        !w.substr(0, w.size() - kAlef.size()).ends_with(kWaw))
      out[n++] = {w.substr(0, w.size() - kAlef.size()), out[i].future, out[i].stripped + 1};
  }
  return n;
}

// The next position inside a gap: a quoted name counts as one word, so that "signed
// the "Alliance Interaction" agreement" matches "sign * agreement" like "signed the
// alliance agreement" does (quotes are folded to '"' by the normaliser); so does a run
// of skipped tokens, an actor's name.
size_t GapStep(const std::vector<Token>& tokens, const std::vector<bool>& skip, size_t u) {
  constexpr size_t kMaxQuoted = 8, kMaxName = 8;
  if (u < tokens.size() && tokens[u].norm == "\"")
    for (size_t c = u + 1; c < tokens.size() && c <= u + kMaxQuoted; ++c)
      if (tokens[c].norm == "\"") return c + 1;
  if (u < skip.size() && skip[u]) {
    size_t c = u + 1;
    while (c < skip.size() && skip[c] && c < u + kMaxName) ++c;
    return c;
  }
  return u + 1;
}

}  // namespace

size_t PhraseIndex::MatchFrom(const Phrase& p, size_t k, const std::vector<Token>& tokens,
                              const std::vector<bool>& skip, size_t t, bool* future,
                              int* stripped) const {
  if (k == p.keys.size()) return t;
  if (p.keys[k] == "*") {
    size_t u = t;
    for (int gap = 0; gap <= max_gap_ && u <= tokens.size(); ++gap) {
      const size_t next = GapStep(tokens, skip, u);
      // Every position inside a quoted name or an actor's name counts as this gap
      // step; the next word may sit inside the name ("summoned [Iran's ambassador]").
      for (size_t v = u; v < std::max(next, u + 1); ++v)
        if (size_t e = MatchFrom(p, k + 1, tokens, skip, v, future, stripped)) return e;
      u = next;
    }
    return 0;
  }
  if (t >= tokens.size()) return 0;
  ArabicStem cands[kMaxKeys];
  const int n = TokenKeys(tokens[t], mode_, cands);
  for (int c = 0; c < n; ++c) {
    if (cands[c].stem != p.keys[k]) continue;
    bool f = *future || cands[c].future;
    int s = *stripped + cands[c].stripped;
    if (size_t e = MatchFrom(p, k + 1, tokens, skip, t + 1, &f, &s)) {
      *future = f;
      *stripped = s;
      return e;
    }
  }
  return 0;
}

PhraseMatch PhraseIndex::MatchAt(const std::vector<Token>& tokens, size_t i,
                                 const std::vector<bool>& skip) const {
  PhraseMatch best;
  if (i >= tokens.size() || (!skip.empty() && skip[i])) return best;
  ArabicStem cands[kMaxKeys];
  const int n = TokenKeys(tokens[i], mode_, cands);
  for (int c = 0; c < n; ++c) {
    auto it = by_first_.find(cands[c].stem);
    if (it == by_first_.end()) continue;
    for (uint32_t id : it->second) {
      const Phrase& p = phrases_[id];
      bool future = cands[c].future;
      int stripped = cands[c].stripped;
      const size_t e = MatchFrom(p, 1, tokens, skip, i + 1, &future, &stripped);
      if (e == 0) continue;
      // Longer wins; at equal length, fewer clitics removed wins, then earlier phrase.
      if (e > best.end || (e == best.end && stripped < best.stripped)) {
        best = {p.payload, i, e, future, stripped};
      }
    }
  }
  return best;
}

}  // namespace dyad

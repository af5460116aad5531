#include "lexicon/phrase_index.h"

#include <algorithm>

#include "core/literal.h"
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

uint32_t PhraseIndex::MemoId::Get() const {
  uint32_t id = id_.load(std::memory_order_relaxed);
  if (id != 0) return id;
  static std::atomic<uint32_t> next{1};
  const uint32_t fresh = next.fetch_add(1, std::memory_order_relaxed);
  // On a lost race id holds the winner's.
  return id_.compare_exchange_strong(id, fresh, std::memory_order_relaxed) ? fresh : id;
}

void PhraseIndex::Add(std::vector<std::string> keys, uint32_t payload) {
  if (keys.empty() || keys.front() == "*" || keys.back() == "*") return;
  memo_id_.Forget();
  const auto id = static_cast<uint32_t>(phrases_.size());
  phrases_.push_back({static_cast<uint32_t>(words_.size()), static_cast<uint32_t>(keys.size()), payload});
  const auto gaps = static_cast<uint32_t>(std::count(keys.begin(), keys.end(), "*"));
  phrases_.back().rank = (static_cast<uint32_t>(keys.size()) << 4) - gaps;
  for (const auto& k : keys) {
    if (k == "*") {
      words_.push_back(kGap);
      continue;
    }
    words_.push_back(vocabulary_.Intern(k));
    if (words_.back() >= word_bits_.size()) word_bits_.push_back(WordIds::Bit(WordIds::Hash(k)));
  }
  const uint32_t first = words_[phrases_.back().begin];
  if (by_first_.size() <= first) by_first_.resize(first + 1);
  if (by_first_[first].empty()) {
    // A new first word, into the filter MatchAt asks first; when the filter outgrows
    // its size it is rebuilt from every first word.
    first_bits_ |= WordIds::Bit(WordIds::Hash(keys.front()));
    first_words_.Add(WordIds::Hash(keys.front()), ++first_word_count_, [&](auto&& add) {
      for (uint32_t w = 0; w < by_first_.size(); ++w)
        if (!by_first_[w].empty() || w == first) add(WordIds::Hash(vocabulary_.word(w)));
    });
  }
  const uint32_t second = keys.size() > 1 ? words_[phrases_.back().begin + 1] : kNoSecond;
  // A phrase never ends with a gap, so a word or another gap follows a gap.
  const uint32_t after = second == kGap ? words_[phrases_.back().begin + 2] : kNoSecond;
  by_first_[first].push_back({id, second, after});
}

// The key ids of the tokens from the one a match starts at, each computed on first use
// and kept for the rest of the call (a window of kSlots tokens; a token beyond it is
// looked up into the caller's spare). Lives on the stack of one MatchAt call.
class PhraseIndex::Lookahead {
 public:
  static bool Number(const Token& t) {
    const unsigned char c = t.norm.empty() ? 0 : static_cast<unsigned char>(t.norm[0]);
    return c >= '0' && c <= '9';
  }
  static bool Currency(const Token& t) {
    return !t.word && (t.norm == "$"_lit || t.norm == "\u20AC"_lit || t.norm == "\u00A3"_lit || t.norm == "\u00A5"_lit);
  }

  // first_ids: the key ids of tokens[first], already looked up.
  Lookahead(const PhraseIndex& index, const std::vector<Token>& tokens, const std::vector<bool>& skip,
            size_t first, const TokenKeyIds& first_ids)
      : index_(index), tokens_(tokens), skip_(skip), first_(first) {
    slots_[0].n = first_ids.n;
    for (int c = 0; c < first_ids.n; ++c) slots_[0].keys[c] = first_ids.keys[c];
    done_ = 1;
  }

  size_t size() const { return tokens_.size(); }
  const Token& token(size_t t) const { return tokens_[t]; }
  bool skipped(size_t t) const { return t < skip_.size() && skip_[t]; }

  // GapStep(u), computed once per position of the window: every phrase with a gap
  // that starts at this token walks the same positions (a verb with dozens of
  // "verb * object" patterns asks them dozens of times).
  size_t GapStep(size_t u) {
    const size_t k = u - first_;
    if (k >= kSlots) return ComputeGapStep(u);
    if (!(gap_done_ & (1u << k))) {
      gap_next_[k] = ComputeGapStep(u);
      gap_done_ |= 1u << k;
    }
    return gap_next_[k];
  }

  // Whether token t (t may be size()) can read as the phrase word word.
  bool Holds(size_t t, uint32_t word) {
    if (t >= tokens_.size()) return false;
    TokenKeyIds spare;
    const TokenKeyIds& ids = At(t, &spare);
    for (int c = 0; c < ids.n; ++c)
      if (ids.keys[c].word == word) return true;
    return false;
  }

  const TokenKeyIds& At(size_t t, TokenKeyIds* spare) {
    const size_t k = t - first_;
    if (k >= kSlots) {
      index_.KeyIds(tokens_[t], false, spare);
      return *spare;
    }
    if (!(done_ & (1u << k))) {
      index_.KeyIds(tokens_[t], k == 0, &slots_[k]);
      done_ |= 1u << k;
    }
    return slots_[k];
  }

 private:
  // The next position inside a gap: a quoted name counts as one word, so that "signed
  // the "Alliance Interaction" agreement" matches "sign * agreement" like "signed the
  // alliance agreement" does (quotes are folded to '"' by the normaliser); so does a
  // run of skipped tokens, an actor's name.
  size_t ComputeGapStep(size_t u) const {
    constexpr size_t kMaxQuoted = 8, kMaxName = 8, kMaxAmount = 4;
    // An amount is one word too: "granted Jordan a [$ 100 million] loan" matches
    // "grant * loan" — currency signs and numbers, and the word after the last number
    // ("million", "مليون").
    if (u < tokens_.size() && (Number(tokens_[u]) || Currency(tokens_[u]))) {
      size_t c = u;
      while (c < tokens_.size() && c < u + kMaxAmount && (Number(tokens_[c]) || Currency(tokens_[c]))) ++c;
      if (c > u && Number(tokens_[c - 1]) && c < tokens_.size() && tokens_[c].word && !Number(tokens_[c])) ++c;
      // (Or a hyphenated one: "a [30-day] state of emergency", "a [24-hour] strike".)
      else if (c > u && Number(tokens_[c - 1])) c = PastHyphen(c);
      // (With the actor it counts: "forced [2,000 Myanmar refugees] back across".)
      while (c < skip_.size() && skip_[c] && c < u + kMaxAmount + kMaxName) ++c;
      return c;
    }
    if (u < tokens_.size() && IsDoubleQuote(tokens_[u]))
      for (size_t c = u + 1; c < tokens_.size() && c <= u + kMaxQuoted; ++c)
        if (IsDoubleQuote(tokens_[c])) return c + 1;
    if (u < skip_.size() && skip_[u]) {
      size_t c = u + 1;
      while (c < skip_.size() && skip_[c] && c < u + kMaxName) ++c;
      // (A name may open a hyphenated word: "the [Dhaka]-Mymensingh highway".)
      return PastHyphen(c);
    }
    // A hyphenated word ("de-escalation", "long-range") is one word, and a comma goes
    // with the word after it ("وقعت سلطنة عمان والهند في مسقط، الثلاثاء، اتفاقية"):
    // news puts times and places between commas. A short aside between two commas is
    // one word too ("وقّع ...، الأحد في كوالالمبور، إعلاناً"): up to kMaxAside words.
    size_t c = u + 1;
    if (u >= tokens_.size()) return c;
    if (IsComma(tokens_[u])) {
      // (Longer when it names where the words were said: "تبنت الجماعة، في بيان نشرته
      // الأحد على حساباتها في مواقع التواصل، كميناً".)
      const size_t max_aside = StatementAside(u) ? 12 : 4;
      for (size_t e = u + 2; e < tokens_.size() && e <= u + max_aside + 1; ++e) {
        if (IsComma(tokens_[e])) return e + 1;
        if (!tokens_[e].word && !(e < skip_.size() && skip_[e])) break;
      }
      if (c < tokens_.size()) ++c;
    }
    return PastHyphen(c);
  }

  // Does an aside opening at the comma u name a statement, post or interview where
  // something was said ("، في بيان ...،", "، عبر منشور ...،")?
  bool StatementAside(size_t u) const {
    if (u + 2 >= tokens_.size()) return false;
    const std::string_view in = tokens_[u + 1].norm, what = tokens_[u + 2].norm;
    if (in != "\u0641\u064a" && in != "\u0639\u0628\u0631") return false;      // في عبر
    for (std::string_view w : {"\u0628\u064a\u0627\u0646",                     // بيان
                               "\u0645\u0646\u0634\u0648\u0631",               // منشور
                               "\u062a\u0633\u062c\u064a\u0644",               // تسجيل
                               "\u0631\u0633\u0627\u0644\u0647",               // رساله
                               "\u062a\u063a\u0631\u064a\u062f\u0647",         // تغريده
                               "\u0645\u0642\u0637\u0639",                     // مقطع
                               "\u062a\u0635\u0631\u064a\u062d\u0627\u062a"})  // تصريحات
      if (what == w) return true;
    return false;
  }

  // c, or past every "-" and word written onto the token before c: the rest of a
  // hyphenated word, of any length ("search-and-rescue", "hit-and-run").
  size_t PastHyphen(size_t c) const {
    while (InnerHyphen(tokens_, c)) c += 2;
    return c;
  }

  static constexpr size_t kSlots = 32;
  const PhraseIndex& index_;
  const std::vector<Token>& tokens_;
  const std::vector<bool>& skip_;
  size_t first_;
  uint32_t done_ = 0;  // bit k: slots_[k] holds the ids of tokens_[first_ + k]
  TokenKeyIds slots_[kSlots];
  uint32_t gap_done_ = 0;  // bit k: gap_next_[k] holds GapStep(first_ + k)
  size_t gap_next_[kSlots];
};

namespace {

// One way an Arabic-script word can read as a phrase word, with its hash.
struct Reading {
  std::string_view key;
  uint64_t hash;
  bool future;
  int stripped;
};

}  // namespace

// The readings of a normalised Arabic-script word (ArabicReadings, text/arabic.h) with
// their hashes, in the order KeyIds tries them.
//
// A pure function of the word, and every phrase index asks it of every token (a
// sentence meets half a dozen): the last words seen are remembered per thread, in a
// small direct-mapped table, so each word is read once rather than once per index.
// With the word, the table remembers what each index found for it (KeyIds is a pure
// function of the word, the index and first): which indexes none of its readings
// starts a phrase of, as a bit, since most tokens start no phrase; and the key ids the
// others found. Every index would otherwise look up each reading again at each
// occurrence of the word. The answer is valid until the next call on the same thread.
class PhraseIndex::ReadingsCache {
 public:
  // Memo ids at or above this are not remembered (only a program that builds indexes
  // by the hundred, as tests do, reaches it; it then looks the readings up as before).
  static constexpr uint32_t kMemoIds = 256;

  struct Entry {
    bool filled = false;
    std::string word;                // the readings' keys are views into it or into restored
    std::vector<std::string> restored;  // forms with teh marbuta, which are not in word
    std::vector<Reading> readings;
    // Bit k: no reading of word is a first word of the index with memo id k.
    uint64_t starts_none[kMemoIds / 64] = {};
    // The other answers of KeyIds for word, by Tag of memo id and first; few per word.
    std::vector<std::pair<uint32_t, TokenKeyIds>> answers;
    void Fill(std::string_view norm);
    static uint32_t Tag(uint32_t memo, bool first) { return 2 * memo + first; }
    const TokenKeyIds* Answer(uint32_t tag) const {
      for (const auto& [t, ids] : answers)
        if (t == tag) return &ids;
      return nullptr;
    }
    void Remember(uint32_t tag, const TokenKeyIds& ids) {
      TokenKeyIds& kept = answers.emplace_back(tag, TokenKeyIds{}).second;
      kept.n = ids.n;
      for (int c = 0; c < ids.n; ++c) kept.keys[c] = ids.keys[c];
    }
    bool StartsNone(uint32_t memo) const {
      return memo < kMemoIds && (starts_none[memo / 64] >> (memo % 64)) & 1;
    }
    void SetStartsNone(uint32_t memo) {
      if (memo < kMemoIds) starts_none[memo / 64] |= 1ull << (memo % 64);
    }
  };

  // norm_hash: WordIds::Hash(norm).
  static Entry& Of(std::string_view norm, uint64_t norm_hash) {
    thread_local ReadingsCache cache;
    Entry& e = cache.entries_[norm_hash & (kEntries - 1)];
    if (!e.filled || !WordIds::Equal(e.word, norm)) e.Fill(norm);
    return e;
  }

 private:
  static constexpr size_t kEntries = 4096;
  std::vector<Entry> entries_ = std::vector<Entry>(kEntries);
};

void PhraseIndex::ReadingsCache::Entry::Fill(std::string_view norm) {
  filled = true;
  word.assign(norm);
  readings.clear();
  answers.clear();
  for (uint64_t& bits : starts_none) bits = 0;
  ArabicReading found[kMaxArabicReadings];
  const int n = ArabicReadings(word, &restored, found);
  for (int i = 0; i < n; ++i)
    readings.push_back({found[i].form, WordIds::Hash(found[i].form), found[i].future, found[i].stripped});
}

void PhraseIndex::KeyIds(const Token& t, bool first, TokenKeyIds* out) const {
  out->n = 0;
  auto add = [&](std::string_view key, uint64_t hash, bool future, int stripped) {
    if (first && !first_words_.MayContain(hash)) return;
    const uint32_t id = vocabulary_.Find(key, hash);
    if (id != WordIds::kNone && out->n < kMaxKeys) out->keys[out->n++] = {id, future, stripped};
  };
  if (!IsArabicScript(t.norm)) {
    if (mode_ == KeyMode::kStem)
      add(t.key, KeyHash(t), false, 0);
    else
      add(t.norm, NormHash(t), false, 0);
    return;
  }
  ReadingsCache::Entry& e = ReadingsCache::Of(t.norm, NormHash(t));
  const uint32_t memo = memo_id_.Get();
  if (first && e.StartsNone(memo)) return;
  const uint32_t tag = ReadingsCache::Entry::Tag(memo, first);
  if (memo < ReadingsCache::kMemoIds)
    if (const TokenKeyIds* known = e.Answer(tag)) {
      out->n = known->n;
      for (int c = 0; c < known->n; ++c) out->keys[c] = known->keys[c];
      return;
    }
  for (const Reading& r : e.readings) add(r.key, r.hash, r.future, r.stripped);
  if (memo >= ReadingsCache::kMemoIds) return;
  if (first && out->n == 0) e.SetStartsNone(memo);
  else e.Remember(tag, *out);
}

size_t PhraseIndex::MatchFrom(const Phrase& p, size_t k, Lookahead& ahead, size_t t, bool* future,
                              int* stripped) const {
  if (k == p.size) return t;
  const uint32_t word = words_[p.begin + k];
  if (word == kGap) {
    // A phrase never ends with a gap (Add), so a word follows it.
    const uint32_t after = words_[p.begin + k + 1];
    size_t u = t;
    const int limit = ahead.skipped(t) ? subject_gap_ : max_gap_;
    for (int gap = 0; gap <= limit && u <= ahead.size(); ++gap) {
      const size_t next = ahead.GapStep(u);
      // Every position inside a quoted name or an actor's name counts as this gap
      // step; the next word may sit inside the name ("summoned [Iran's ambassador]").
      for (size_t v = u; v < std::max(next, u + 1); ++v) {
        // The recursion's own first test, made here: most positions hold another word.
        if (after != kGap && !ahead.Holds(v, after)) continue;
        if (size_t e = MatchFrom(p, k + 1, ahead, v, future, stripped)) return e;
      }
      u = next;
    }
    return 0;
  }
  if (t >= ahead.size()) return 0;
  TokenKeyIds spare;
  const TokenKeyIds& ids = ahead.At(t, &spare);
  for (int c = 0; c < ids.n; ++c) {
    if (ids.keys[c].word != word) continue;
    bool f = *future || ids.keys[c].future;
    int s = *stripped + ids.keys[c].stripped;
    if (size_t e = MatchFrom(p, k + 1, ahead, t + 1, &f, &s)) {
      *future = f;
      *stripped = s;
      return e;
    }
  }
  return 0;
}

uint64_t PhraseIndex::GapReachMask(Lookahead& ahead, size_t t) const {
  // The walk of MatchFrom's gap loop, collecting instead of matching.
  uint64_t mask = 0;
  TokenKeyIds spare;
  size_t u = t;
  const int limit = ahead.skipped(t) ? subject_gap_ : max_gap_;
  for (int gap = 0; gap <= limit && u <= ahead.size(); ++gap) {
    const size_t next = ahead.GapStep(u);
    for (size_t v = u; v < std::max(next, u + 1) && v < ahead.size(); ++v) {
      const Token& token = ahead.token(v);
      if (!IsArabicScript(token.norm)) {
        mask |= WordIds::Bit(mode_ == KeyMode::kStem ? KeyHash(token) : NormHash(token));
        continue;
      }
      // Arabic readings are many and MatchFrom looks them up anyway: their key ids,
      // kept in the window.
      const TokenKeyIds& ids = ahead.At(v, &spare);
      for (int c = 0; c < ids.n; ++c) mask |= word_bits_[ids.keys[c].word];
    }
    u = next;
  }
  return mask;
}

PhraseMatch PhraseIndex::MatchFirst(const std::vector<Token>& tokens, size_t i,
                                    const std::vector<bool>& skip, size_t max_end) const {
  if (phrases_.empty()) return {};
  // A token that starts no phrase returns here, before the match's window of key ids
  // is set up.
  TokenKeyIds first;
  KeyIds(tokens[i], true, &first);
  if (first.n == 0) return {};
  return MatchStartingWith(tokens, i, skip, max_end, first);
}

PhraseMatch PhraseIndex::MatchStartingWith(const std::vector<Token>& tokens, size_t i,
                                           const std::vector<bool>& skip, size_t max_end,
                                           const TokenKeyIds& first) const {
  PhraseMatch best;
  uint32_t best_rank = 0;
  Lookahead ahead(*this, tokens, skip, i, first);
  TokenKeyIds spare;
  bool reach_known = false;  // gap_reach computed (on the first "word *" phrase tried)
  uint64_t gap_reach = 0;
  for (int c = 0; c < first.n; ++c) {
    const KeyId& key = first.keys[c];
    if (key.word >= by_first_.size()) continue;
    for (const Starter& starter : by_first_[key.word]) {
      if (starter.second == kGap && starter.after != kGap) {
        // What MatchFrom would find: no token the gap reaches holds the word after it.
        if (!reach_known) gap_reach = GapReachMask(ahead, i + 1), reach_known = true;
        if (!(gap_reach & word_bits_[starter.after])) continue;
      } else if (starter.second != kGap && starter.second != kNoSecond) {
        // What MatchFrom would find first: the second token cannot be the second word.
        if (i + 1 >= tokens.size()) continue;
        const TokenKeyIds& next = ahead.At(i + 1, &spare);
        bool can = false;
        for (int n = 0; n < next.n && !can; ++n) can = next.keys[n].word == starter.second;
        if (!can) continue;
      }
      const Phrase& p = phrases_[starter.phrase];
      bool future = key.future;
      int stripped = key.stripped;
      const size_t e = MatchFrom(p, 1, ahead, i + 1, &future, &stripped);
      if (e == 0 || e > max_end) continue;
      // Longer wins; at equal length, fewer clitics removed wins, then more words
      // ("exchange * artillery fire" over "exchange * fire"), then fewer gaps ("blew
      // herself up" over "blew * up"), then earlier phrase.
      if (e > best.end || (e == best.end && (stripped < best.stripped ||
                                             (stripped == best.stripped && p.rank > best_rank)))) {
        best = {p.payload, i, e, future, stripped};
        best_rank = p.rank;
      }
    }
  }
  return best;
}

}  // namespace dyad

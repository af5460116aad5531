#include "text/fuzzy.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "core/utf8.h"
#include "text/text_data.h"

namespace dyad {
namespace {

// Cyrillic first through BGN (English-style: х → kh, й → y), the rest through Any-Latin.
constexpr const char* kTransliteratorId = "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower";

// ICU transliterators are not thread-safe to share: one per thread, cloned from a
// prototype built once (building one parses rule sets and takes milliseconds).
icu::Transliterator* ThreadTransliterator() {
  static const std::unique_ptr<icu::Transliterator> prototype = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(kTransliteratorId, UTRANS_FORWARD, err));
    if (U_FAILURE(err)) t.reset();
    return t;
  }();
  thread_local std::unique_ptr<icu::Transliterator> mine(prototype ? prototype->clone() : nullptr);
  return mine.get();
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

// The spelling-variant folds of one ASCII lower-case word.
std::string FoldWord(std::string w) {
  ReplaceAll(&w, "dzh", "j");
  ReplaceAll(&w, "dj", "j");
  ReplaceAll(&w, "tch", "ch");
  ReplaceAll(&w, "kh", "h");
  ReplaceAll(&w, "gh", "g");
  ReplaceAll(&w, "ch", "c");
  ReplaceAll(&w, "sh", "s");
  ReplaceAll(&w, "zh", "z");
  ReplaceAll(&w, "ph", "f");
  for (char& c : w) {
    if (c == 'x') c = 'h';  // Azerbaijani x is the kh of English spellings
    if (c == 'q') c = 'k';
    if (c == 'w') c = 'v';
  }
  ReplaceAll(&w, "ou", "u");
  ReplaceAll(&w, "yy", "y");
  ReplaceAll(&w, "iy", "i");
  if (w.size() > 2 && w.ends_with("ij")) w.resize(w.size() - 1);
  if (w.size() > 2 && w.back() == 'y') w.back() = 'i';
  if (w.size() > 3 && w.starts_with("ye")) w.erase(0, 1);
  std::string out;
  out.reserve(w.size());
  for (char c : w)
    if (out.empty() || out.back() != c) out += c;
  return out;
}

}  // namespace

namespace {

// name in Latin letters through ICU (BGN for Cyrillic, Any-Latin, Latin-ASCII, Lower),
// with Azerbaijani ə written a as English spellings do (Əliyev → Aliyev; Latin-ASCII
// would leave it alone).
std::string IcuLatin(std::string_view name) {
  const std::string valid = utf8::FirstInvalid(name) == std::string_view::npos ? std::string(name) : utf8::Repair(name);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(valid);
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0259)), icu::UnicodeString('a'));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x018F)), icu::UnicodeString('a'));
  if (icu::Transliterator* t = ThreadTransliterator()) t->transliterate(u);
  std::string latin;
  u.toUTF8String(latin);
  return latin;
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// The key of a name already in Latin letters: words of ASCII letters and digits,
// lower-cased and folded.
std::string KeyOfLatin(std::string_view latin) {
  std::string key, word;
  auto flush = [&]() {
    if (word.empty()) return;
    if (!key.empty()) key += ' ';
    key += FoldWord(std::move(word));
    word.clear();
  };
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else if (c == '\'' || c == '`') {
      // apostrophes inside names (Il'ham, soft signs) carry no letter
    } else {
      flush();
    }
  }
  flush();
  return key;
}

}  // namespace

// Every step of the ICU chain leaves ASCII as it is but for case, which KeyOfLatin
// folds: plain ASCII names (most of them) skip ICU and its microseconds per name.
std::string TransliterationKey(std::string_view name) {
  return IsAscii(name) ? KeyOfLatin(name) : KeyOfLatin(IcuLatin(name));
}

std::string TransliterationKeySlow(std::string_view name) { return KeyOfLatin(IcuLatin(name)); }

int BoundedEditDistance(std::string_view a, std::string_view b, int bound) {
  if (bound < 0) return 0;
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > bound) return bound + 1;
  if (n == 0 || m == 0) return std::max(n, m) <= bound ? std::max(n, m) : bound + 1;
  const int kInf = bound + 1;
  // Three rows of the DP (the swap looks two rows back), each cell capped at kInf.
  std::vector<int> prev2(m + 1, kInf), prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = std::min(j, kInf);
  for (int i = 1; i <= n; ++i) {
    std::fill(cur.begin(), cur.end(), kInf);
    cur[0] = std::min(i, kInf);
    const int lo = std::max(1, i - bound), hi = std::min(m, i + bound);
    int row_min = cur[0];
    for (int j = lo; j <= hi; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, prev2[j - 2] + 1);
      cur[j] = std::min(v, kInf);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > bound) return kInf;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], kInf);
}

FuzzyIndex::FuzzyIndex() : FuzzyIndex(Options{}) {}

FuzzyIndex::FuzzyIndex(Options options) : options_(options) {
  if (options_.use_common_words)
    for (const auto& w : TextData::Get().FuzzyCommonWords()) AddCommonWord(w);
}

uint32_t FuzzyIndex::Bucket(char first, size_t length) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(first)) << 16) |
         static_cast<uint32_t>(std::min<size_t>(length, 0xFFFF));
}

void FuzzyIndex::Add(std::string_view name, uint32_t payload) {
  std::string key = TransliterationKey(name);
  if (key.empty()) return;
  const auto id = static_cast<uint32_t>(entries_.size());
  by_key_[key].push_back(id);
  by_bucket_[Bucket(options_.same_first_letter ? key[0] : 0, key.size())].push_back(id);
  entries_.push_back({std::string(name), std::move(key), payload});
}

void FuzzyIndex::AddCommonWord(std::string_view word) {
  std::string key = TransliterationKey(word);
  if (!key.empty()) common_keys_.insert(std::move(key));
}

int FuzzyIndex::MaxDistance(size_t key_length) const {
  if (key_length < options_.min_fuzzy_length) return 0;
  if (key_length <= 8) return 1;
  if (key_length <= 11) return 2;
  return 3;
}

std::vector<FuzzyIndex::Match> FuzzyIndex::Lookup(std::string_view query, size_t max_results) const {
  std::vector<Match> out;
  const std::string key = TransliterationKey(query);
  if (key.empty() || max_results == 0) return out;
  struct Scored {
    uint32_t id;
    int distance;
    size_t length_gap;
  };
  std::vector<Scored> found;
  if (auto it = by_key_.find(key); it != by_key_.end())
    for (uint32_t id : it->second) found.push_back({id, 0, 0});
  const int bound = MaxDistance(key.size());
  const bool common = options_.use_common_words && common_keys_.count(key);
  if (bound > 0 && !common) {
    for (size_t len = key.size() > static_cast<size_t>(bound) ? key.size() - bound : 1;
         len <= key.size() + static_cast<size_t>(bound); ++len) {
      auto it = by_bucket_.find(Bucket(options_.same_first_letter ? key[0] : 0, len));
      if (it == by_bucket_.end()) continue;
      for (uint32_t id : it->second) {
        const std::string& k = entries_[id].key;
        if (k == key) continue;  // found above
        const int d = BoundedEditDistance(key, k, bound);
        if (d <= bound) found.push_back({id, d, len > key.size() ? len - key.size() : key.size() - len});
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const Scored& x, const Scored& y) {
    if (x.distance != y.distance) return x.distance < y.distance;
    if (x.length_gap != y.length_gap) return x.length_gap < y.length_gap;
    return x.id < y.id;
  });
  for (const auto& s : found) {
    if (out.size() >= max_results) break;
    const Entry& e = entries_[s.id];
    out.push_back({e.payload, s.distance, e.name});
  }
  return out;
}

}  // namespace dyad

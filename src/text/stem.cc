#include "text/stem.h"

#include <libstemmer.h>

#include <array>
#include <memory>

#include "core/word_set.h"

namespace dyad {
namespace {

constexpr std::array<const char*, 6> kAlgorithms = {"english", "russian", "turkish", "french", "german", "spanish"};

int AlgorithmIndex(std::string_view lang) {
  if (lang == "en") return 0;
  if (lang == "ru") return 1;
  if (lang == "tr") return 2;
  if (lang == "fr") return 3;
  if (lang == "de") return 4;
  if (lang == "es") return 5;
  return -1;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// Snowball stemmers keep state between calls: one per thread and language.
sb_stemmer* StemmerFor(int index) {
  thread_local std::array<std::unique_ptr<sb_stemmer, StemmerDeleter>, kAlgorithms.size()> stemmers;
  auto& slot = stemmers[static_cast<size_t>(index)];
  if (!slot) slot.reset(sb_stemmer_new(kAlgorithms[static_cast<size_t>(index)], "UTF_8"));
  return slot.get();
}

// NormalizeWord writes the Turkish dotless ı as i, but the Turkish stemmer checks vowel
// harmony. A word whose other vowels are all back vowels (a o u) had its i's dotless
// (kırımda, bakanlığı); one with a front vowel (e ö ü) keeps them (türkiye'nin).
std::string RestoreDotlessI(std::string_view w) {
  bool back = false, front = false, has_i = false;
  for (size_t k = 0; k < w.size(); ++k) {
    const char c = w[k];
    if (c == 'a' || c == 'o' || c == 'u') back = true;
    if (c == 'e') front = true;
    if (c == 'i') has_i = true;
    // ö ü (C3 B6, C3 BC) are front vowels.
    if (static_cast<unsigned char>(c) == 0xC3 && k + 1 < w.size()) {
      const auto d = static_cast<unsigned char>(w[k + 1]);
      if (d == 0xB6 || d == 0xBC) front = true;
    }
  }
  if (!has_i || !back || front) return std::string(w);
  std::string out;
  out.reserve(w.size() + 8);
  for (char c : w) {
    if (c == 'i') {
      out += "\u0131";
    } else {
      out += c;
    }
  }
  return out;
}

// The inverse fold after stemming, so keys agree with NormalizeWord.
void FoldDotlessI(std::string* s) {
  if (s->find("\u0131") == std::string::npos) return;
  std::string out;
  out.reserve(s->size());
  for (size_t k = 0; k < s->size(); ++k) {
    if (static_cast<unsigned char>((*s)[k]) == 0xC4 && k + 1 < s->size() &&
        static_cast<unsigned char>((*s)[k + 1]) == 0xB1) {
      out += 'i';
      ++k;
    } else {
      out += (*s)[k];
    }
  }
  *s = std::move(out);
}

// Stems already computed, per thread and language: news vocabulary repeats (Zipf), and
// a lookup costs a fraction of a Snowball run (the Turkish stemmer especially). Bounded:
// emptied when it reaches kMaxCached words.
constexpr size_t kMaxCached = 20000;

// Open addressing with an inline hash (core/word_set.h): a node-based map spent more
// on chasing its nodes than the lookup saves over the stemmer.
using StemCache = WordMap<std::string>;

StemCache& CacheFor(int index) {
  thread_local std::array<StemCache, kAlgorithms.size()> caches;
  return caches[static_cast<size_t>(index)];
}

std::string Stem(int index, std::string_view norm);

bool IsFrenchElision(std::string_view w) {
  static constexpr std::string_view kElisions[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"};
  for (std::string_view e : kElisions)
    if (w == e) return true;
  return false;
}

// English words Porter2 reduces to the stem of an event verb they do not mean: an
// "executive" is no execution, "explosives" handed over are no explosion. They keep a
// stem of their own. So does "charged", the verb of a legal charge, apart from the
// noun ("on spying charges", "chargé d'affaires"), which names no act. A "Protestant"
// church is no protest, and "firefighters" fight no firefight.
constexpr std::string_view kOwnStemPrefixes[] = {"executiv", "explosiv", "charged", "protestant", "firefighter"};

}  // namespace

bool HasStemmer(std::string_view lang) { return AlgorithmIndex(lang) >= 0; }

std::string StemWord(std::string_view lang, std::string_view norm) {
  const int index = AlgorithmIndex(lang);
  if (index < 0 || norm.empty()) return std::string(norm);
  if (const size_t apostrophe = norm.find('\''); apostrophe != std::string_view::npos && apostrophe > 0) {
    // Turkish writes case suffixes after an apostrophe on names (Rusya'nın, Kırım'da):
    // the key is the name's. French elides articles and pronouns (l'armée, qu'il): the
    // key is the word's.
    if (index == 2) return StemWord(lang, norm.substr(0, apostrophe));
    if (index == 3 && apostrophe + 1 < norm.size() && IsFrenchElision(norm.substr(0, apostrophe)))
      return StemWord(lang, norm.substr(apostrophe + 1));
  }
  StemCache& cache = CacheFor(index);
  if (const std::string* stem = cache.find(norm)) return *stem;
  std::string stem = Stem(index, norm);
  if (index == 0)
    for (std::string_view own : kOwnStemPrefixes)
      if (norm.starts_with(own)) stem = own;
  if (cache.size() >= kMaxCached) cache.clear();
  return cache.set(norm, std::move(stem));
}

namespace {

std::string Stem(int index, std::string_view norm) {
  sb_stemmer* s = StemmerFor(index);
  if (!s) return std::string(norm);
  const bool turkish = index == 2;
  std::string restored;
  if (turkish) {
    restored = RestoreDotlessI(norm);
    norm = restored;
  }
  const sb_symbol* out =
      sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(norm.data()), static_cast<int>(norm.size()));
  if (!out) {
    std::string same(norm);
    if (turkish) FoldDotlessI(&same);
    return same;
  }
  std::string stem(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(s)));
  if (turkish) FoldDotlessI(&stem);
  return stem;
}

}  // namespace

}  // namespace dyad

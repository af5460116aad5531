#include "text/arabic.h"

#include <algorithm>

#include "core/word_ids.h"
#include "text/normalize.h"

namespace dyad {
namespace {

// Normalised Arabic letters are two UTF-8 bytes each.
constexpr std::string_view kWaw = "\u0648", kFa = "\u0641", kBa = "\u0628", kLam = "\u0644",
                           kKaf = "\u0643", kAl = "\u0627\u0644", kLamLam = "\u0644\u0644",
                           kSin = "\u0633";
constexpr size_t kMinStemBytes = 4;  // two letters

bool PresentPrefix(std::string_view s) {
  return s.starts_with("\u064A") || s.starts_with("\u062A") || s.starts_with("\u0646") ||
         s.starts_with("\u0627");
}

}  // namespace

int ArabicStems(std::string_view word, ArabicStem out[8]) {
  int n = 0;
  auto add = [&](std::string_view s, bool future, int stripped) {
    if (n >= 8 || s.size() < kMinStemBytes) return;
    for (int i = 0; i < n; ++i)
      if (out[i].stem == s) return;
    out[n++] = {s, future, stripped};
  };
  add(word, false, 0);
  if (!IsArabicScript(word)) return n;
  // Layer 1: conjunction.
  std::string_view bases[2] = {word, {}};
  int nb = 1;
  if ((word.starts_with(kWaw) || word.starts_with(kFa)) && word.size() - 2 >= kMinStemBytes)
    bases[nb++] = word.substr(2);
  for (int b = 0; b < nb; ++b) {
    std::string_view w = bases[b];
    const int s0 = b;
    if (b > 0) add(w, false, s0);
    // Layer 2: future prefix on verbs.
    if (w.starts_with(kSin) && PresentPrefix(w.substr(2))) add(w.substr(2), true, s0 + 1);
    // Layer 3: لل = ل + ال.
    if (w.starts_with(kLamLam)) add(w.substr(4), false, s0 + 2);
    // Layer 3: preposition, then article.
    std::string_view p = w;
    int s = s0;
    if (w.starts_with(kBa) || w.starts_with(kLam) || w.starts_with(kKaf)) {
      p = w.substr(2);
      s = s0 + 1;
      add(p, false, s);
    }
    if (p.starts_with(kAl)) {
      add(p.substr(4), false, s + 1);
      // A word that itself begins with the letters of the article (ألماني, التزام) is
      // stored without them (ArabicLexiconForm): with the article too, "الألماني"
      // reads as that form.
      if (p.substr(4).starts_with(kAl)) add(p.substr(8), false, s + 2);
    }
  }
  return n;
}

std::string_view WithoutTanweenAlef(std::string_view w) {
  constexpr std::string_view kAlef = "\u0627";
  constexpr size_t kMinStemBytes4 = 8;  // four letters
  if (w.size() < kAlef.size() + kMinStemBytes4 || !w.ends_with(kAlef)) return {};
  const std::string_view base = w.substr(0, w.size() - kAlef.size());
  return base.ends_with(kWaw) ? std::string_view() : base;
}

std::string_view ArabicLexiconForm(std::string_view w) {
  if (IsArabicScript(w) && w.starts_with(kAl) && w.size() - 4 >= kMinStemBytes) return w.substr(4);
  return w;
}

namespace {

// Normalised suffixes, longest first so that هما is tried before هم.
constexpr std::string_view kArabicSuffixes[] = {
    "\u0647\u0645\u0627",  // هما
    "\u0643\u0645\u0627",  // كما
    "\u0647\u0627",         // ها
    "\u0647\u0645",         // هم
    "\u0647\u0646",         // هن
    "\u0643\u0645",         // كم
    "\u0643\u0646",         // كن
    "\u0646\u0627",         // نا
    "\u0647",                // ه
    "\u064A",                // ي
};
// Persian, after NormalizeWord (ی → ي): هایی های ها ای ی.
constexpr std::string_view kPersianSuffixes[] = {
    "\u0647\u0627\u064A\u064A",  // هایی
    "\u0647\u0627\u064A",         // های
    "\u0647\u0627",                // ها
    "\u0627\u064A",                // ای (روسیه‌ای: Russian)
    "\u064A",                       // ی
};
constexpr std::string_view kPersianVerbPrefixes[] = {"\u0646\u0645\u064A", "\u0645\u064A"};  // نمی می
constexpr std::string_view kTeh = "\u062A", kHeh = "\u0647", kAlefTeh = "\u0627\u062A";
constexpr size_t kMinSuffixStemBytes = 6;  // three letters

// Splits a run of proclitics (a prefix of a word that ArabicStems removed) into its
// parts, each followed by '+': "والل" → "و+ال+"... in the order ArabicStems removes them.
std::string SplitProclitics(std::string_view p) {
  std::string out;
  auto take = [&](std::string_view c) {
    if (!p.starts_with(c)) return false;
    out.append(c).push_back('+');
    p.remove_prefix(c.size());
    return true;
  };
  if (!take(kWaw)) take(kFa);
  if (p.starts_with(kLamLam) && p.size() == kLamLam.size()) {
    // لل = ل + ال with the alef dropped.
    out.append(kLam).append("+").append(kAl).push_back('+');
    return out;
  }
  if (!take(kSin)) {
    if (!take(kBa) && !take(kLam)) take(kKaf);
    take(kAl);
  }
  if (!p.empty()) out.append(p).push_back('+');  // not expected; shown as one part
  return out;
}

}  // namespace

std::string WithTehMarbuta(std::string_view stem) {
  if (!stem.ends_with(kTeh) || stem.ends_with(kAlefTeh)) return {};
  std::string restored(stem.substr(0, stem.size() - kTeh.size()));
  restored.append(kHeh);
  return restored;
}

namespace {

struct Builder {
  std::vector<ArabicSegmentation> out;

  void Add(std::string prefix, std::string stem, std::string suffix, bool future, int stripped) {
    if (out.size() >= kMaxArabicSegmentations) return;
    for (const auto& s : out)
      if (s.stem == stem && s.prefix == prefix && s.suffix == suffix) return;
    out.push_back({std::move(prefix), std::move(stem), std::move(suffix), future, stripped});
  }

  // Readings of base (a stem with prefix already removed) with one suffix removed.
  template <size_t N>
  void AddSuffixed(const std::string& prefix, std::string_view base, bool future, int stripped,
                   const std::string_view (&suffixes)[N], bool marbuta, bool ends_in_marbuta) {
    for (std::string_view suf : suffixes) {
      if (!base.ends_with(suf) || base.size() - suf.size() < kMinSuffixStemBytes) continue;
      if (ends_in_marbuta && suf == kHeh) continue;  // the ه is the word's own ة
      const std::string_view stem = base.substr(0, base.size() - suf.size());
      const std::string plus_suffix = "+" + std::string(suf);
      if (std::string restored = marbuta ? WithTehMarbuta(stem) : std::string(); !restored.empty())
        Add(prefix, std::move(restored), plus_suffix, future, stripped + 1);  // حكومتها → حكومة
      Add(prefix, std::string(stem), plus_suffix, future, stripped + 1);
    }
  }
};

// True when the written word ends in a teh marbuta (or Persian/Urdu ۀ ۃ), marks after it
// ignored.
bool EndsInMarbuta(std::string_view original) {
  while (!original.empty()) {
    // Strip trailing harakat (U+064B..U+065F: D9 8B..D9 9F), tatweel and ZWNJ.
    if (original.size() >= 2 && static_cast<unsigned char>(original[original.size() - 2]) == 0xD9) {
      const auto last = static_cast<unsigned char>(original.back());
      if ((last >= 0x8B && last <= 0x9F) || last == 0x80) {
        original.remove_suffix(2);
        continue;
      }
    }
    break;
  }
  return original.ends_with("\u0629") || original.ends_with("\u06C0") || original.ends_with("\u06C3");
}

}  // namespace

std::vector<ArabicSegmentation> ArabicSegments(std::string_view word, std::string_view lang,
                                               std::string_view original) {
  const bool marbuta_end = EndsInMarbuta(original);
  Builder b;
  b.Add("", std::string(word), "", false, 0);
  if (!IsArabicScript(word) || lang == "ur") return b.out;
  if (lang == "fa") {
    // A ZWNJ in the written word marks where a suffix starts (روسیه‌ای, سازمان‌های):
    // that reading first. ای is read as a suffix only there, since without the ZWNJ
    // it is more often the end of های (کشورهای).
    bool zwnj_ay = false;
    if (const size_t z = original.rfind("\u200C"); z != std::string_view::npos) {
      const std::string_view tail = original.substr(z + 3);
      const std::string norm_tail = NormalizeWord(tail);
      for (std::string_view suf : kPersianSuffixes) {
        if (norm_tail != suf || !word.ends_with(suf) || word.size() - suf.size() < kMinSuffixStemBytes) continue;
        b.Add("", std::string(word.substr(0, word.size() - suf.size())), "+" + std::string(suf), false, 1);
        zwnj_ay = suf == kPersianSuffixes[3];
        break;
      }
    }
    for (std::string_view suf : kPersianSuffixes) {
      if (suf == kPersianSuffixes[3] && !zwnj_ay) continue;
      if (!word.ends_with(suf) || word.size() - suf.size() < kMinSuffixStemBytes) continue;
      b.Add("", std::string(word.substr(0, word.size() - suf.size())), "+" + std::string(suf), false, 1);
    }
    for (std::string_view p : kPersianVerbPrefixes) {
      if (!word.starts_with(p) || word.size() - p.size() < kMinSuffixStemBytes) continue;
      b.Add(std::string(p) + "+", std::string(word.substr(p.size())), "", false, 1);
      break;  // نمی is tried before می; one of them
    }
    return b.out;
  }
  ArabicStem stems[8];
  const int n = ArabicStems(word, stems);
  // Proclitic readings first (fewer removals first, as ArabicStems orders them), then
  // the same with a suffix removed.
  std::vector<std::pair<std::string, ArabicStem>> bases;
  for (int i = 0; i < n; ++i) {
    const std::string_view prefix = word.substr(0, word.size() - stems[i].stem.size());
    bases.emplace_back(SplitProclitics(prefix), stems[i]);
    if (i > 0) b.Add(bases.back().first, std::string(stems[i].stem), "", stems[i].future, stems[i].stripped);
  }
  for (const auto& [prefix, s] : bases)
    b.AddSuffixed(prefix, s.stem, s.future, s.stripped, kArabicSuffixes, true, marbuta_end);
  std::stable_sort(b.out.begin() + 1, b.out.end(), [](const ArabicSegmentation& x, const ArabicSegmentation& y) {
    return x.stripped < y.stripped;
  });
  return b.out;
}

bool HasArabicArticle(std::string_view word, size_t min_stem_letters) {
  // (Normalisation leaves these letters as they are.)
  for (std::string_view p : {"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال"})
    if (word.starts_with(p) && word.size() >= p.size() + 2 * min_stem_letters) return true;
  return false;
}

std::string_view PrepositionBeforeName(std::string_view word, std::string_view name) {
  constexpr size_t kLetter = 2;  // bytes per Arabic letter
  // (A name whose own first letter is و keeps it: "ولي العهد" is no conjunction and ل.)
  if (StartsWithConjunction(word) && !name.starts_with(word.substr(0, 2 * kLetter)))
    word.remove_prefix(kLetter);
  if (word.size() < 2 * kLetter || (!word.starts_with("ل") && !word.starts_with("ب"))) return {};
  if (name.starts_with(word.substr(0, 2 * kLetter))) return {};
  return word.substr(0, kLetter);
}

int ArabicReadings(std::string_view word, std::vector<std::string>* restored,
                   ArabicReading out[kMaxArabicReadings]) {
  restored->clear();
  int n = 0;
  auto add = [&](std::string_view form, bool future, int stripped) { out[n++] = {form, future, stripped}; };
  ArabicStem stems[8];
  const int count = ArabicStems(word, stems);
  for (int i = 0; i < count; ++i) add(stems[i].stem, stems[i].future, stems[i].stripped);
  // (A bare ه only after the ت of a verb's feminine past, "اتهمته", "اعتقلته": a word
  // ending in ته is hardly ever a noun in ة; or after the و of a past verb of "they",
  // "اختطفوه".)
  static constexpr std::string_view kSuffixes[] = {"\u0647\u0645\u0627", "\u0647\u0627", "\u0647\u0645",
                                                   "\u0647\u0646", "\u0643\u0645", "\u0646\u0627",
                                                   "\u062A\u0647", "\u0648\u0647"};  // ته وه
  // At most one restored form per stem: with room for eight, views into them stay put.
  restored->reserve(8);
  for (int i = 0; i < count; ++i) {
    const std::string_view w = stems[i].stem;
    for (std::string_view suf : kSuffixes) {
      if (w.size() >= suf.size() + 6 && w.ends_with(suf)) {
        // (ته keeps its ت, وه its و.)
        const bool keeps = suf == kSuffixes[6] || suf == kSuffixes[7];
        const std::string_view base = w.substr(0, w.size() - suf.size() + (keeps ? 2 : 0));
        add(base, stems[i].future, stems[i].stripped + 1);
        // A past verb of "they" drops the alef it is written with before an object
        // pronoun: "اختطفوه", "احتجزوهم" are "اختطفوا", "احتجزوا" with one.
        if (base.size() >= 8 && base.ends_with(kWaw)) {
          restored->push_back(std::string(base) + "\u0627");
          add(restored->back(), stems[i].future, stems[i].stripped + 1);
        }
        // Before a suffix the final ة is written ت ("وساطتها"): the noun is "وساطة",
        // normalised with ه. (Five letters at least: "منحتهم" is she gave them.)
        if (base.size() >= 10)
          if (std::string noun = WithTehMarbuta(base); !noun.empty()) {
            restored->push_back(std::move(noun));
            add(restored->back(), stems[i].future, stems[i].stripped + 1);
          }
        break;
      }
    }
    // The accusative ending of an indefinite noun ("حصارا", "اتفاقا"), for stems of
    // four letters or more; not the و of a plural verb ("هاجموا").
    if (const std::string_view bare = WithoutTanweenAlef(w); !bare.empty())
      add(bare, stems[i].future, stems[i].stripped + 1);
  }
  return n;
}

ArabicReadingHashes HashArabicReadings(std::string_view word, uint64_t word_hash) {
  // A direct-mapped table: HashForms asks this of every Arabic-script token, and news
  // vocabulary repeats.
  struct Entry {
    std::string word;
    ArabicReadingHashes hashes;  // bits 0: empty
  };
  static constexpr size_t kEntries = 4096;
  thread_local std::vector<Entry> cache(kEntries);
  Entry& e = cache[word_hash & (kEntries - 1)];
  if (e.hashes.bits != 0 && WordIds::Equal(e.word, word)) return e.hashes;
  std::vector<std::string> restored;
  ArabicReading readings[kMaxArabicReadings];
  const int n = ArabicReadings(word, &restored, readings);
  ArabicReadingHashes out;
  out.count = n;
  for (int i = 0; i < n; ++i) {
    const uint64_t hash = WordIds::Hash(readings[i].form);
    out.bits |= WordIds::Bit(hash);
    if (i < ArabicReadingHashes::kKept) out.hashes[i] = hash;
  }
  e.word.assign(word);
  e.hashes = out;
  return out;
}

}  // namespace dyad

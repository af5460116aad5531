#include "lexicon/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <unordered_set>

#include "core/utf8.h"
#include "lexicon/tsv.h"
#include "text/arabic.h"
#include "text/normalize.h"
#include "text/stem.h"
#include "text/tokenize.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// The pieces of s between seps, into *out (cleared first; reused by callers that ask
// often).
void SplitInto(std::string_view s, char sep, std::vector<std::string_view>* out) {
  out->clear();
  while (true) {
    const size_t p = s.find(sep);
    out->push_back(s.substr(0, p));
    if (p == std::string_view::npos) break;
    s.remove_prefix(p + 1);
  }
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  SplitInto(s, sep, &out);
  return out;
}

bool ParseDouble(std::string_view s, double* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size() && std::isfinite(*out);
}

bool ParseInt(std::string_view s, int64_t* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool ValidLang(std::string_view l) {
  return l == "*" || l == "en" || l == "ar" || l == "fa" || l == "ru" || l == "tr" || l == "az";
}

bool IsCyrillic(std::string_view word) {
  // Told from the bytes where it can be (MatchAt asks this of every token): the first
  // ASCII letter or possible Cyrillic letter (U+0400..U+052F, two bytes led by D0..D4)
  // decides, and no other byte can be either. Decoded only when a D0..D4 byte comes
  // first. Eight bytes at a time up to the first chunk with either kind of byte: an
  // Arabic word (every token of an Arabic article) has none.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x80 * kOnes;
  size_t from = 0;
  for (; from + 8 <= word.size(); from += 8) {
    uint64_t v;
    std::memcpy(&v, word.data() + from, 8);
    const uint64_t ascii = ~v & kHigh;
    // With every byte 0x80 or more, b ^ 0xD0 is below 5 exactly for D0..D4 (no carries).
    const uint64_t lead = ~((v ^ (0xD0 * kOnes)) + (0x80 - 5) * kOnes) & kHigh;
    if (ascii | lead) break;
  }
  const auto first = std::find_if(word.begin() + static_cast<std::ptrdiff_t>(from), word.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= 0xD0 && b <= 0xD4) || (b < 0x80 && std::isalpha(b));
  });
  if (first == word.end() || static_cast<unsigned char>(*first) < 0x80) return false;
  size_t i = 0;
  while (i < word.size()) {
    const char32_t c = utf8::Next(word, i);
    if (c >= 0x0400 && c <= 0x052F) return true;
    if (c < 0x80 && std::isalpha(static_cast<int>(c))) return false;
  }
  return false;
}

bool IsLatin(std::string_view word) {
  size_t i = 0;
  while (i < word.size()) {
    const char32_t c = utf8::Next(word, i);
    if (c < 0x80) {
      if (std::isalpha(static_cast<int>(c))) return true;
      continue;
    }
    return c < 0x0250;  // Latin-1 supplement and Latin Extended-A/B
  }
  return false;
}

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) out.push_back(utf8::Next(s, i));
  return out;
}

// Levenshtein distance, giving up (returning limit + 1) once it must exceed limit.
int BoundedEdits(const std::u32string& a, const std::u32string& b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[m];
}

uint64_t Bigram(char32_t a, char32_t b) { return (static_cast<uint64_t>(a) << 32) | b; }

}  // namespace

namespace {

// The transliteration class of one Arabic-script letter: "" for a vowel letter or a
// hamza seat (and ه at the end of a word: a teh marbuta), the class letters otherwise,
// nullptr for any other character.
const char* LetterClass(char32_t c, bool last) {
  switch (c) {
    case U'\u0627': case U'\u0648': case U'\u064A': case U'\u0649':  // ا و ي ى
    case U'\u0639': case U'\u0621': case U'\u0624': case U'\u0626':  // ع ء ؤ ئ
    case U'\u06CC':                                                   // ی
      return "";
    case U'\u0647': case U'\u0629': return last ? "" : "H";  // ه ة
    case U'\u062D': return "H";                                // ح
    case U'\u062C': case U'\u063A': case U'\u0642': case U'\u0643':  // ج غ ق ك
    case U'\u06AF': case U'\u06A9': return "G";              // گ ک
    case U'\u062A': case U'\u0637': return "T";              // ت ط
    case U'\u062B': case U'\u0633': case U'\u0635': return "S";  // ث س ص
    case U'\u0630': case U'\u0632': case U'\u0638': case U'\u0698': return "Z";  // ذ ز ظ ژ
    case U'\u062F': case U'\u0636': return "D";              // د ض
    case U'\u0634': return "C";                               // ش
    case U'\u0686': return "TC";                              // چ
    case U'\u062E': return "X";                               // خ
    case U'\u0641': case U'\u06A4': return "F";              // ف ڤ
    case U'\u0628': case U'\u067E': return "B";              // ب پ
    case U'\u0644': return "L";                               // ل
    case U'\u0645': return "M";                               // م
    case U'\u0646': return "N";                               // ن
    case U'\u0631': return "R";                               // ر
    default: return nullptr;
  }
}

// The word with each consonant replaced by its class letter and vowel letters kept:
// what spelling variants are compared on (جروزني and غروزني are the same; خاركيف and
// خاركوف one edit apart). Other characters (a space) are kept.
std::u32string ClassSpelling(std::string_view w) {
  std::u32string out;
  size_t i = 0;
  while (i < w.size()) {
    const char32_t c = utf8::Next(w, i);
    const char* cls = LetterClass(c, i == w.size() || w[i] == ' ');
    if (cls && *cls)
      for (const char* k = cls; *k; ++k) out.push_back(static_cast<char32_t>(*k));
    else
      out.push_back(c);
  }
  return out;
}

}  // namespace

std::string ArabicTransliterationKey(std::string_view w) {
  std::string key;
  char prev = 0;  // the class just written, when no vowel letter came since
  size_t i = 0;
  while (i < w.size()) {
    const char32_t c = utf8::Next(w, i);
    const char* cls = LetterClass(c, i == w.size());
    if (!cls) return {};
    if (!*cls) prev = 0;
    for (const char* k = cls; *k; ++k) {
      if (*k != prev) key += *k;  // a doubled consonant is one
      prev = *k;
    }
  }
  return key;
}

Status Gazetteer::AddName(std::string_view lang, std::string_view text,
                          const std::vector<uint32_t>& places, bool common_word) {
  // The words as the text stage tokenises them, normalised once (what LexiconKey
  // computes, without normalising every word twice: loading is mostly this).
  const std::vector<Token> words = Tokenize(text, 0, text.size());
  if (words.empty()) return Status::Error("empty name");
  // Cyrillic names are keyed by their Russian stems so that case forms match
  // ("в Екатеринбурге"); every other script by normalised form.
  const bool cyrillic = IsCyrillic(words.front().norm);
  std::vector<std::string> keys;
  keys.reserve(words.size());
  std::string joined = cyrillic ? "s|" : "n|";
  for (const auto& w : words) {
    if (cyrillic) {
      keys.push_back(StemWord("ru", w.norm));
    } else if (IsArabicScript(w.norm)) {
      // The article ال is stripped (text forms are matched with and without it), but
      // a name spelled with a hamza, إل or أل, begins with those letters: "إلدا" (Elda)
      // must not become "دا" and match "بدأ" (began).
      const std::string_view orig = text.substr(w.span.begin, w.span.size());
      const bool hamza = orig.starts_with("إل") || orig.starts_with("أل") || orig.starts_with("آل");
      keys.emplace_back(hamza ? std::string_view(w.norm) : ArabicLexiconForm(w.norm));
    } else {
      keys.push_back(w.norm);
    }
    joined += keys.back();
    joined += ' ';
  }
  const bool tr_az = (lang == "tr" || lang == "az") && IsLatin(words.front().norm);
  auto [it, fresh] = name_ids_.emplace(joined, static_cast<uint32_t>(names_.size()));
  if (fresh) {
    names_.push_back({});
    names_.back().text = std::string(text);
    (cyrillic ? stem_ : norm_).Add(std::move(keys), it->second);
  }
  GazetteerName& n = names_[it->second];
  n.common_word = n.common_word || common_word;
  if (IsArabicScript(words.front().norm)) {
    const std::string_view orig = text.substr(words.front().span.begin, words.front().span.size());
    (orig.starts_with("ال") ? n.arabic_article : n.arabic_bare) = true;
  }
  for (uint32_t p : places) {
    auto s = std::find_if(n.senses.begin(), n.senses.end(), [&](const auto& x) { return x.place == p; });
    if (s == n.senses.end())
      n.senses.push_back({p, tr_az});
    else
      s->tr_az = s->tr_az && tr_az;  // a name any language gives is not restricted
  }
  return Status();
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::vector<std::string>& paths,
                                                         std::vector<std::string>* problems,
                                                         bool strict) {
  auto g = std::make_shared<Gazetteer>();
  g->places_.reserve(40000);
  g->by_id_.reserve(40000);
  g->names_.reserve(160000);
  g->name_ids_.reserve(160000);
  std::vector<std::string> place_files, name_files, word_files;
  for (const auto& p : paths) {
    std::error_code ec;
    std::vector<std::string> files;
    if (fs::is_directory(p, ec)) {
      for (const auto& e : fs::directory_iterator(p, ec)) {
        const std::string f = e.path().filename().string();
        if (f.ends_with(".tsv") || f.ends_with(".tsv.gz")) files.push_back(e.path().string());
      }
      std::sort(files.begin(), files.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      return Status::Error(p + ": gazetteer file or directory not found");
    }
    for (const auto& f : files) {
      const std::string base = fs::path(f).filename().string();
      (base.starts_with("not_places")                             ? word_files
       : base.starts_with("names") || base.starts_with("aliases") ? name_files
                                                                  : place_files)
          .push_back(f);
    }
  }
  const size_t problems_before = problems->size();
  auto report = [&](const std::string& file, int line, const std::string& what) {
    problems->push_back(file + ":" + std::to_string(line) + ": " + what);
  };
  struct PendingAlias {
    std::string lang, text;
    uint32_t place;
    std::string file;
    int line;
  };
  std::vector<PendingAlias> aliases;

  for (const auto& file : place_files) {
    // The generated places.tsv.gz lists every name in names.tsv.gz (where generic
    // names such as "East" are left out); in other place files the name is a name.
    const bool name_is_a_name = !fs::path(file).filename().string().starts_with("places");
    Status read = ReadTsv(
        file,
        [&](const TsvLine& l) -> Status {
          const auto& f = l.fields;
          const int number = l.number;
          if (f.size() != 8 && f.size() != 9) {
            return Status::Error("expected 8 or 9 tab-separated fields (geonameid kind country admin1 lat lon population name [aliases]), got " + std::to_string(f.size()));
          }
          GazetteerPlace p;
          if (f[0] != "-" && (!ParseInt(f[0], &p.geonameid) || p.geonameid <= 0)) {
            return Status::Error("bad geonameid \"" + std::string(f[0]) + "\" (a positive number, or - for none)");
          }
          p.kind = f[1];
          if (p.kind.size() < 2 || p.kind.size() > 5 ||
              !std::all_of(p.kind.begin(), p.kind.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); })) {
            return Status::Error("bad kind \"" + p.kind + "\" (a GeoNames feature code such as PPL, ADM1, RGN)");
          }
          if (f[2] != "-" && !f[2].empty()) {
            if (f[2].size() != 2 || !std::isupper(static_cast<unsigned char>(f[2][0])) ||
                !std::isupper(static_cast<unsigned char>(f[2][1]))) {
              return Status::Error("bad country \"" + std::string(f[2]) + "\" (ISO 3166-1 alpha-2, or -)");
            }
            p.country = f[2];
          }
          p.admin1 = f[3];
          if (!ParseDouble(f[4], &p.lat) || !ParseDouble(f[5], &p.lon)) {
            return Status::Error("latitude/longitude \"" + std::string(f[4]) + "\", \"" + std::string(f[5]) + "\" are not numbers");
          }
          if (p.lat < -90 || p.lat > 90) {
            return Status::Error("latitude " + std::string(f[4]) + " outside [-90, 90]");
          }
          if (p.lon < -180 || p.lon > 180) {
            return Status::Error("longitude " + std::string(f[5]) + " outside [-180, 180]");
          }
          if (p.lat == 0 && p.lon == 0) {
            return Status::Error("coordinates 0,0 (a missing coordinate, not a place)");
          }
          if (!ParseInt(f[6], &p.population) || p.population < 0 || p.population > 2'000'000'000) {
            return Status::Error("bad population \"" + std::string(f[6]) + "\"");
          }
          p.name = f[7];
          if (p.name.empty()) {
            return Status::Error("empty name");
          }
          if (p.geonameid != 0 && g->by_id_.count(p.geonameid)) {
            return Status::Error("geonameid " + std::to_string(p.geonameid) + " defined twice");
          }
          std::vector<PendingAlias> mine;
          if (f.size() == 9 && !f[8].empty()) {
            for (std::string_view a : Split(f[8], '|')) {
              const size_t colon = a.find(':');
              if (colon == std::string_view::npos || !ValidLang(a.substr(0, colon)) || colon + 1 == a.size()) {
                return Status::Error("bad alias \"" + std::string(a) + "\" (want lang:name, lang one of en ar fa ru tr az *)");
              }
              mine.push_back({std::string(a.substr(0, colon)), std::string(a.substr(colon + 1)), 0, file, number});
            }
          }
          const uint32_t idx = static_cast<uint32_t>(g->places_.size());
          if (p.geonameid) g->by_id_[p.geonameid] = idx;
          if (p.is_country()) {
            g->countries_.emplace(p.country, idx);
            if (!p.admin1.empty()) g->countries_.emplace(p.admin1, idx);
          } else if (p.is_admin1() && !p.country.empty()) {
            g->admin1_.emplace(p.country + "." + p.admin1, idx);
          }
          if (name_is_a_name) mine.push_back({"*", p.name, 0, file, number});
          for (auto& a : mine) {
            a.place = idx;
            aliases.push_back(std::move(a));
          }
          g->places_.push_back(std::move(p));
          return Status();
        },
        problems);
    if (!read.ok()) return read;
  }
  for (const auto& a : aliases) {
    Status s = g->AddName(a.lang, a.text, {a.place}, false);
    if (!s.ok()) report(a.file, a.line, s.message());
  }
  for (const auto& file : word_files) {
    Status read = ReadTsv(
        file,
        [&](const TsvLine& l) -> Status {
          const auto& f = l.fields;
          if (f.size() != 2 || f[1].empty()) return Status::Error("expected 2 tab-separated fields (lang word)");
          if (!ValidLang(f[0])) {
            return Status::Error("unknown language \"" + std::string(f[0]) + "\" (en ar fa ru tr az *)");
          }
          g->not_places_.insert(NormalizeWord(f[1]));
          return Status();
        },
        problems);
    if (!read.ok()) return read;
  }
  for (const auto& file : name_files) {
    Status read = ReadTsv(
        file,
        [&](const TsvLine& l) -> Status {
          const auto& f = l.fields;
          if (f.size() != 3 && f.size() != 4) {
            return Status::Error("expected 3 or 4 tab-separated fields (lang name geonameids [word])");
          }
          if (!ValidLang(f[0])) {
            return Status::Error("unknown language \"" + std::string(f[0]) + "\" (en ar fa ru tr az *)");
          }
          if (f.size() == 4 && f[3] != "word") {
            return Status::Error("fourth field must be \"word\" or absent");
          }
          std::vector<uint32_t> places;
          std::string bad;
          for (std::string_view id : Split(f[2], ',')) {
            int64_t n;
            auto it = ParseInt(id, &n) ? g->by_id_.find(n) : g->by_id_.end();
            if (it == g->by_id_.end()) {
              bad = std::string(id);
              break;
            }
            places.push_back(it->second);
          }
          if (!bad.empty() || places.empty()) {
            return Status::Error("unknown geonameid \"" + bad + "\"");
          }
          Status s = g->AddName(f[0], f[1], places, f.size() == 4);
          return s;
        },
        problems);
    if (!read.ok()) return read;
  }
  if (g->places_.empty()) return Status::Error("gazetteer: no places loaded");
  if (strict && problems->size() > problems_before)
    return Status::Error(std::to_string(problems->size() - problems_before) +
                         " problem(s) in gazetteer files; first: " + (*problems)[problems_before]);
  g->BuildFuzzy();
  g->BuildArabicVariants();
  // The key -> name map only merges names while loading.
  std::unordered_map<std::string, uint32_t>().swap(g->name_ids_);
  g->names_.shrink_to_fit();
  g->places_.shrink_to_fit();
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

PhraseMatch Gazetteer::MatchAt(const std::vector<Token>& tokens, size_t i) const {
  // A name's index follows the script of its first word.
  if (i < tokens.size() && IsCyrillic(tokens[i].norm)) return stem_.MatchAt(tokens, i);
  return norm_.MatchAt(tokens, i);
}

int64_t Gazetteer::FindId(int64_t geonameid) const {
  auto it = by_id_.find(geonameid);
  return it == by_id_.end() ? int64_t{-1} : int64_t{it->second};
}

int64_t Gazetteer::FindCountry(std::string_view code) const {
  auto it = countries_.find(std::string(code));
  return it == countries_.end() ? int64_t{-1} : int64_t{it->second};
}

int64_t Gazetteer::FindAdmin1(std::string_view country, std::string_view admin1) const {
  if (country.empty() || admin1.empty()) return -1;
  auto it = admin1_.find(std::string(country) + "." + std::string(admin1));
  return it == admin1_.end() ? int64_t{-1} : int64_t{it->second};
}

void Gazetteer::BuildFuzzy() {
  for (uint32_t n = 0; n < names_.size(); ++n) {
    const GazetteerName& name = names_[n];
    bool big = false;
    for (const auto& s : name.senses) {
      const GazetteerPlace& p = places_[s.place];
      big = big || p.is_country() || p.is_admin1() || p.is_area() || p.population >= kFuzzyMinPopulation;
    }
    if (!big || name.common_word || !IsLatin(name.text)) continue;
    const std::vector<std::string> words = PhraseWords(name.text);
    if (words.size() != 1) continue;
    std::u32string w = ToU32(NormalizeWord(words[0]));
    if (w.size() < 6) continue;
    const uint32_t id = static_cast<uint32_t>(fuzzy_.size());
    std::unordered_set<uint64_t> seen;
    for (size_t i = 0; i + 1 < w.size(); ++i)
      if (seen.insert(Bigram(w[i], w[i + 1])).second) fuzzy_bigrams_[Bigram(w[i], w[i + 1])].push_back(id);
    fuzzy_.push_back({std::move(w), n});
  }
}

namespace {

// The transliteration keys of words joined by spaces (see ArabicVariants); empty when
// a word has none or the whole has fewer than kMinVariantKey consonants.
// (Words: strings or views; the recogniser asks with views of its phrase.)
template <class Words>
std::string PhraseVariantKey(const Words& normalized_words) {
  std::string key;
  size_t letters = 0;
  for (const auto& w : normalized_words) {
    const std::string k = ArabicTransliterationKey(w);
    if (k.empty()) return {};
    letters += k.size();
    if (!key.empty()) key += ' ';
    key += k;
  }
  return letters >= Gazetteer::kMinVariantKey ? key : std::string();
}

std::vector<std::string> NormalizedWords(std::string_view phrase) {
  std::vector<std::string> out;
  for (const auto& w : PhraseWords(phrase)) out.push_back(NormalizeWord(w));
  return out;
}

}  // namespace

void Gazetteer::BuildArabicVariants() {
  for (uint32_t n = 0; n < names_.size(); ++n) {
    const GazetteerName& name = names_[n];
    if (!IsArabicScript(name.text) || name.text.starts_with("ال")) continue;
    bool big = false;
    for (const auto& s : name.senses) {
      const GazetteerPlace& p = places_[s.place];
      big = big || p.is_country() || p.is_admin1() || p.is_area() || p.population >= kFuzzyMinPopulation;
    }
    if (!big) continue;
    const std::vector<std::string> words = NormalizedWords(name.text);
    if (words.empty() || words.size() > kMaxVariantWords) continue;
    const std::string key = PhraseVariantKey(words);
    if (key.empty()) continue;
    auto& v = arabic_variants_[key];
    if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
  }
}

std::vector<uint32_t> Gazetteer::ArabicVariants(std::string_view words) const {
  // Asked for most Arabic words after a preposition, and most have no variant: the
  // words' buffer is kept per thread.
  thread_local std::vector<std::string_view> parts;
  SplitInto(words, ' ', &parts);
  std::erase(parts, std::string_view());
  const std::string key = PhraseVariantKey(parts);
  auto it = key.empty() ? arabic_variants_.end() : arabic_variants_.find(key);
  if (it == arabic_variants_.end()) return {};
  const std::u32string text = ClassSpelling(words);
  std::vector<std::pair<int, uint32_t>> hits;
  for (uint32_t n : it->second) {
    std::string joined;
    for (const auto& w : NormalizedWords(names_[n].text)) joined += joined.empty() ? w : " " + w;
    const std::u32string name = ClassSpelling(joined);
    // Transliterations differ inside a name; Arabic inflects at its ends (مركز "centre"
    // is not مركزي Markazi, كمبودي "Cambodian" not كمبوديا): both ends must agree.
    if (name.empty() || text.empty() || name.front() != text.front() || name.back() != text.back()) continue;
    const int limit = name.size() >= 8 ? 2 : 1;
    const int d = BoundedEdits(text, name, limit);
    if (d <= limit) hits.push_back({d, n});
  }
  std::sort(hits.begin(), hits.end());
  std::vector<uint32_t> out;
  for (const auto& h : hits) out.push_back(h.second);
  return out;
}

std::vector<uint32_t> Gazetteer::Fuzzy(std::string_view norm_word, int max_edits) const {
  size_t code_points = 0;
  for (size_t i = 0; i < norm_word.size(); ++code_points) utf8::Next(norm_word, i);
  if (code_points < 6 || max_edits <= 0) return {};
  // Words recur across a corpus and a lookup scans many candidates: each thread keeps
  // its recent answers (bounded; cleared when full). The key is built in a reused
  // buffer: most lookups are answered from the cache.
  thread_local std::unordered_map<std::string, std::vector<uint32_t>> cache;
  thread_local const Gazetteer* cache_owner = nullptr;
  thread_local std::string key;
  if (cache_owner != this || cache.size() > 50000) {
    cache.clear();
    cache_owner = this;
  }
  key.assign(norm_word);
  key += static_cast<char>('0' + std::min(max_edits, 9));
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  auto result = FuzzyUncached(ToU32(norm_word), max_edits);
  cache.emplace(key, result);
  return result;
}

std::vector<uint32_t> Gazetteer::FuzzyUncached(const std::u32string& q, int max_edits) const {
  // q-gram filter: each edit changes at most two bigrams, so a word within k edits
  // shares at least (longer length - 1) - 2k distinct bigrams with the query. Shared
  // bigrams are counted in a per-thread array over the candidate words (touched entries
  // listed and reset after), not in a hash map: a query meets thousands of candidates.
  thread_local std::vector<uint16_t> shared;
  thread_local std::vector<uint32_t> touched;
  if (shared.size() < fuzzy_.size()) shared.assign(fuzzy_.size(), 0);
  touched.clear();
  std::vector<uint64_t> seen;  // the query's distinct bigrams (a word has few)
  for (size_t i = 0; i + 1 < q.size(); ++i) {
    const uint64_t b = Bigram(q[i], q[i + 1]);
    if (std::find(seen.begin(), seen.end(), b) != seen.end()) continue;
    seen.push_back(b);
    auto it = fuzzy_bigrams_.find(b);
    if (it == fuzzy_bigrams_.end()) continue;
    for (uint32_t c : it->second)
      if (shared[c]++ == 0) touched.push_back(c);
  }
  std::vector<std::pair<int, uint32_t>> hits;
  for (uint32_t c : touched) {
    const int count = shared[c];
    shared[c] = 0;
    const std::u32string& w = fuzzy_[c].text;
    const int need = static_cast<int>(std::max(w.size(), q.size())) - 1 - 2 * max_edits;
    if (count < need) continue;
    const int d = BoundedEdits(q, w, max_edits);
    if (d > 0 && d <= max_edits) hits.push_back({d, fuzzy_[c].name});
  }
  std::sort(hits.begin(), hits.end());
  std::vector<uint32_t> out;
  for (const auto& h : hits) out.push_back(h.second);
  return out;
}

}  // namespace dyad

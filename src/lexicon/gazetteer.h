// The gazetteer: places (countries, first-level regions, cities of 15,000 or more, news
// regions) with coordinates, and their names in every language dyad reads, matched
// over tokens. Built once, immutable, shared between threads.
//
// Files (data/places/, see docs/places.md; plain or gzip-compressed TSV):
//   place files (any name but names*/aliases*):
//     geonameid|-  kind  country|-  admin1  lat  lon  population  name  [lang:alias|...]
//   name files (names*, aliases*):
//     lang  name  geonameid[,geonameid...]  [word]
//   word files (not_places*):
//     lang  word
// In place files other than places*, the name column (and each alias) is a name of
// the place; the generated places.tsv.gz has its names in names.tsv.gz.
// "word" marks a Latin name that is also a common English word ("Mobile"): it is only
// a place where capitalisation cannot come from the sentence start. A word file lists
// words that are never a place however a name index reads them (Arabic "كمين", ambush,
// is no ك + Maine).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "core/word_set.h"
#include "lexicon/phrase_index.h"

namespace dyad {

struct GazetteerPlace {
  int64_t geonameid = 0;  // 0 when the place has no GeoNames id (hand-added regions)
  std::string name;       // the English (or GeoNames main) name
  std::string kind;       // GeoNames feature code: PCLI, ADM1, PPLC, PPLA, PPL, RGN, SEA...
  std::string country;    // ISO 3166-1 alpha-2; empty for seas, continents
  std::string admin1;     // region code within the country ("LA"); a country's CAMEO code
  double lat = 0, lon = 0;
  int64_t population = 0;

  // Compared byte by byte and as views: std::string == literal and starts_with are
  // out-of-line calls in libstdc++ 12, and these run for every candidate of every name
  // (and against every other place of the article) when places are resolved.
  bool is_country() const { return kind.size() >= 3 && kind[0] == 'P' && kind[1] == 'C' && kind[2] == 'L'; }
  bool is_admin1() const { return std::string_view(kind) == "ADM1"; }
  bool is_city() const { return !kind.empty() && kind[0] == 'P' && !is_country(); }
  // Regions, continents, seas: areas that are neither countries, admin1 nor cities.
  bool is_area() const { return !is_country() && !is_admin1() && !is_city(); }
};

// One name and the places it may denote.
struct GazetteerName {
  struct Sense {
    uint32_t place;     // index into the gazetteer's places
    bool tr_az = false;  // a Latin name only Turkish/Azerbaijani sources give: only in those
  };
  std::vector<Sense> senses;
  bool common_word = false;  // also an ordinary English word (see the file comment)
  // Some Arabic-script form of the name begins with the article ال (القاهرة): only
  // then may a text form with the article be this name; "الدولة" is not "Dhule".
  bool arabic_article = false;
  bool arabic_bare = false;  // some Arabic-script form has no article (باكو)
  std::string text;          // the name as first listed
};

class Gazetteer {
 public:
  // Loads every *.tsv and *.tsv.gz of each directory (or the files given), place files
  // before name files. A malformed line (bad number, latitude outside [-90, 90],
  // longitude outside [-180, 180], 0,0 — a missing coordinate, not a place —, unknown
  // language, a name for an unknown id, a duplicate id) is skipped and reported as
  // "file:line: reason" in problems; strict turns any problem into a load failure.
  // A missing or unreadable file or directory is an error.
  static Result<std::shared_ptr<const Gazetteer>> Load(const std::vector<std::string>& paths,
                                                       std::vector<std::string>* problems,
                                                       bool strict = false);

  // Longest name starting at token i, over two indexes: normalised forms (Latin and
  // Arabic script, Arabic clitics stripped) and Russian stems (Cyrillic names in any
  // case form). payload is an index for name().
  PhraseMatch MatchAt(const std::vector<Token>& tokens, size_t i) const;

  // Whether a normalised word (or one reading of it: a clitic or suffix removed) is
  // listed in a word file as never a place.
  bool NotAPlace(std::string_view norm_word) const { return not_places_.contains(norm_word); }

  const GazetteerName& name(uint32_t payload) const { return names_[payload]; }
  const GazetteerPlace& place(uint32_t i) const { return places_[i]; }
  size_t place_count() const { return places_.size(); }
  size_t name_count() const { return names_.size(); }

  // Index of the place with this GeoNames id, or -1.
  int64_t FindId(int64_t geonameid) const;
  // Index of the country with this ISO alpha-2 or CAMEO code, or -1.
  int64_t FindCountry(std::string_view code) const;
  // Index of the admin1 region (country ISO2, region code), or -1.
  int64_t FindAdmin1(std::string_view country, std::string_view admin1) const;

  // Names within max_edits edits (insertions, deletions, substitutions of code points)
  // of a normalised single word, among the names of countries, regions and cities of
  // kFuzzyMinPopulation: payloads for name(), closest first. For machine-translated
  // spellings ("Yektrinburg"); words shorter than 6 letters are never looked up.
  std::vector<uint32_t> Fuzzy(std::string_view norm_word, int max_edits) const;
  std::vector<uint32_t> FuzzyUncached(const std::u32string& q, int max_edits) const;

  static constexpr int64_t kFuzzyMinPopulation = 100000;

  // Names of countries, regions, areas and places of kFuzzyMinPopulation or more,
  // written in Arabic script without the article, that words (one to kMaxVariantWords
  // normalised Arabic-script words joined by spaces, no article) may be a spelling of:
  // the same transliteration key (ArabicTransliterationKey, at least kMinVariantKey
  // consonants), the same first and last letter class, and one edit apart (two for
  // names of eight letters or more), letters of one class being the same letter.
  // Payloads for name(), closest first. For foreign
  // names the text spells otherwise than the gazetteer ("جروزني" for "غروزني",
  // "يكاترنبورغ" for "يكاترينبورغ"); the ends and the edit bound keep out Arabic words
  // that share a key with a name (مقتل "killing" and Meiktila, مركز "centre" and
  // Markazi).
  std::vector<uint32_t> ArabicVariants(std::string_view words) const;
  static constexpr size_t kMinVariantKey = 4;
  static constexpr size_t kMaxVariantWords = 3;

 private:
  Status AddName(std::string_view lang, std::string_view text, const std::vector<uint32_t>& places,
                 bool common_word);
  void BuildFuzzy();
  void BuildArabicVariants();

  std::vector<GazetteerPlace> places_;
  std::vector<GazetteerName> names_;
  PhraseIndex norm_{KeyMode::kNorm};
  PhraseIndex stem_{KeyMode::kStem};
  // name keys ("n|" or "s|" + keys joined by spaces) -> index into names_; only
  // while loading (emptied after)
  std::unordered_map<std::string, uint32_t> name_ids_;
  std::unordered_map<int64_t, uint32_t> by_id_;
  std::unordered_map<std::string, uint32_t> countries_;  // ISO2 and CAMEO code -> place
  std::unordered_map<std::string, uint32_t> admin1_;     // "CC.A1" -> place
  WordSet not_places_;                                    // normalised words, from not_places*
  // Fuzzy lookup: candidate words and a bigram index over them.
  struct FuzzyWord {
    std::u32string text;
    uint32_t name;
  };
  std::vector<FuzzyWord> fuzzy_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> fuzzy_bigrams_;
  std::unordered_map<std::string, std::vector<uint32_t>> arabic_variants_;
};

// The transliteration key of a normalised Arabic-script word (no article): what is
// left of a foreign name whatever the transliterator's habits. Long vowels and hamza
// seats (ا و ي) and ع are dropped, a final ه (teh marbuta) too; letters that render one
// foreign sound are one class: ج غ ق ك گ (g: Egypt writes جروزني, the Levant غروزني),
// ت ط, س ص ث, ز ذ ظ ژ, د ض, ح ه, ف ڤ (v), ب پ (p), چ = تش; repeats collapse. Written in
// ASCII capitals ("يكاترنبورغ" and "ايكاترينبرغ" -> "GTRNBRG"). Empty for a word with
// any other character.
std::string ArabicTransliterationKey(std::string_view normalized_word);

}  // namespace dyad

// Arabic (and Persian) clitics for lexicon matching.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// A candidate stem of a normalised Arabic-script word, as a view into that word.
struct ArabicStem {
  std::string_view stem;
  bool future = false;  // a future prefix س was removed (سيزور → يزور)
  int stripped = 0;     // how many clitics were removed; 0 = the word itself
};

// The candidate stems of a normalised word (see NormalizeWord), the word itself first,
// then with the conjunctions و ف, the prepositions ب ل ك, the article ال (also in لل)
// and the future prefix س removed, in order of fewer removals first. A candidate is
// kept only when at least two letters remain, so short names are not broken; a
// lexicon picks the first candidate it knows. Returns how many were written (≤ 8).
// Proclitics only: every stem is a suffix of word (see ArabicSegments for suffixes).
int ArabicStems(std::string_view word, ArabicStem out[8]);

// The form a lexicon stores for an Arabic-script word: normalised, with a leading
// article ال removed when at least two letters remain.
std::string_view ArabicLexiconForm(std::string_view normalized_word);

// A normalised word without the accusative ending of an indefinite noun ("جنديا" ->
// "جندي", "حصارا" -> "حصار"), when four letters or more remain and they do not end in
// the و of a plural verb ("هاجموا"); empty otherwise.
std::string_view WithoutTanweenAlef(std::string_view normalized_word);

// One form under which a normalised Arabic-script word may stand in a lexicon.
struct ArabicReading {
  std::string_view form;
  bool future = false;  // a future prefix was removed
  int stripped = 0;     // clitics and suffixes removed; 0 = the word itself
};

// Most readings ArabicReadings returns: per stem, itself, one form without a pronoun
// suffix (and that form with its teh marbuta, or with a verb's dropped alef) and one
// without the accusative alef.
inline constexpr size_t kMaxArabicReadings = 32;

// The readings phrase indexes try for a normalised Arabic-script word, in this order:
// the clitic stems (ArabicStems), then each also without a pronoun suffix
// ("علاقاتها" → "علاقات") when three letters remain. A bare ه is not removed as a pronoun
// suffix but after ت or و: teh marbuta is folded to ه, so "حكومه" is a whole word. A past
// verb of "they" before a pronoun is also read with the alef it drops ("اختطفوه" →
// "اختطفوا"). Forms are
// views into word or into *restored (emptied here; it must outlive them and not grow
// after). Returns how many were written.
int ArabicReadings(std::string_view word, std::vector<std::string>* restored,
                   ArabicReading out[kMaxArabicReadings]);

// What phrase indexes tell from a word's ArabicReadings without reading the word again:
// whether it starts none of their phrases.
struct ArabicReadingHashes {
  // Most words have one or two readings: their hashes are kept for up to this many.
  static constexpr int kKept = 2;
  uint64_t bits = 0;  // the OR of WordIds::Bit over the readings' hashes; never 0 for a word with a reading
  int count = 0;      // how many readings the word has
  uint64_t hashes[kKept] = {};  // WordIds::Hash of each reading, when count <= kKept
};

// The ArabicReadingHashes of a normalised word (word_hash: WordIds::Hash(word)).
// Remembered per thread for the last words seen.
ArabicReadingHashes HashArabicReadings(std::string_view word, uint64_t word_hash);

// True when the word's first code point is in the Arabic blocks. Inline: every
// matcher asks it of every token.
inline bool IsArabicScript(std::string_view word) {
  if (word.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(word[0]);
  return b0 >= 0xD8 && b0 <= 0xDB;
}

// True when the word starts with the conjunction و or ف (U+0648, U+0641). Byte by byte
// and inline: starts_with("و") is an out-of-line call with a strlen, and recognisers
// ask it of every token.
inline bool StartsWithConjunction(std::string_view word) {
  return word.size() >= 2 && word[0] == '\xD9' && (word[1] == '\x88' || word[1] == '\x81');
}

// True when a normalised Arabic word carries the article, alone or after clitics
// ("الهجوم", "والتعاون", "بالهجوم", "للحكومة", "وبالدولة"), with at least
// min_stem_letters letters after it.
bool HasArabicArticle(std::string_view word, size_t min_stem_letters);

// The preposition ل or ب that a normalised Arabic word carries, alone or after و or ف,
// before a name spelt `name` (its lexicon surface): "ل" for "لليبيا" before ليبيا and
// "للصين" before الصين, "ب" for "ببغداد" before بغداد; empty for "لبنان" before لبنان,
// the name itself. The first two letters decide: the name's spelling may differ in hamza
// or teh marbuta further on, not there.
std::string_view PrepositionBeforeName(std::string_view word, std::string_view name);

// One reading of a normalised Arabic-script word: proclitics + stem + suffix.
struct ArabicSegmentation {
  std::string prefix;  // the proclitics removed, each followed by '+' ("و+ال+"), or empty
  std::string stem;    // the candidate stem; a ت before a suffix may be restored to the
                       // teh marbuta it stands for, written ه as NormalizeWord writes it
                       // (حكومتها → حكومه + ها)
  std::string suffix;  // the suffix removed, preceded by '+' ("+ها"), or empty
  bool future = false;  // a future prefix س was removed
  int stripped = 0;     // clitics removed (prefixes and suffix); 0 = the word itself

  // "و+ال+كرملين", "حكومه+ها", or the word itself.
  std::string ToString() const { return prefix + stem + suffix; }
};

// A stem left by removing a pronoun suffix, with its final ت read as the teh marbuta it
// stands for ("حكومت" of "حكومتها" → "حكومه", normalised); empty when it does not end in
// ت or ends in the plural ات.
std::string WithTehMarbuta(std::string_view stem);

// Most readings ArabicSegments returns for one word.
inline constexpr size_t kMaxArabicSegmentations = 16;

// The readings of a normalised Arabic-script word for matching, the word itself first,
// then in order of fewer removals, proclitic-only readings before those that also
// remove a suffix. lang picks the rules:
// - "ar" (and any language that is not "fa" or "ur"): the proclitics of ArabicStems and
//   at most one pronoun suffix ه ها هم هما هن كم كما كن نا ي, removed only when at least
//   three letters remain, with ت before the suffix also read as teh marbuta (except in
//   the plural ات);
// - "fa": the plural and ezafe suffixes ها های هایی ی ای (written after ZWNJ or not; the
//   normalised word has neither ZWNJ nor Persian yeh) and the verb prefixes می نمی, when
//   at least three letters remain;
// - "ur": the word itself (Urdu writes its case markers as separate words).
// Words such as بوتين باكو لبنان كابول keep their whole form first, so a lexicon that
// knows them matches them whole. Not Arabic script: the word alone. Thread-safe.
// original (optional) is the word as written: when it ends in a teh marbuta ة, the ه
// NormalizeWord made of it is not read as the pronoun suffix (الحكومة is not الحكوم+ه).
std::vector<ArabicSegmentation> ArabicSegments(std::string_view normalized_word,
                                               std::string_view lang = "ar",
                                               std::string_view original = {});

}  // namespace dyad

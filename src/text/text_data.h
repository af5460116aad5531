// The word lists the text layer reads from data/text/ ($DYAD_DATA overrides the
// directory): abbreviations, sentence starters, language-identification words and the
// common words fuzzy name matching leaves alone.
// Loaded once per process on first use and immutable afterwards; all methods are
// const and thread-safe. A missing or unreadable file leaves its list empty (the text
// layer still works, with fewer abbreviations and weaker short-text language cues);
// problems() says what went wrong.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/word_set.h"

namespace dyad {

// Hashing that lets unordered maps keyed by std::string be searched with a string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

enum class AbbreviationKind : uint8_t {
  kNone,   // not an abbreviation
  kTitle,  // stands before a name, number or date: never ends a sentence (Gen., Jan., No.)
  kPlain,  // may end a sentence (etc., Inc., U.S.)
};

class TextData {
 public:
  // The process-wide instance, loaded from DataDir()/text on first call.
  static const TextData& Get();

  // Loads from dir (tests); never fails, see problems().
  explicit TextData(const std::string& dir);

  // The kind of the lower-case word (normalised, without its final period, internal
  // periods kept: "gen", "u.s", "ee.uu") in lang; words listed for "*" count in every
  // language, and an empty lang matches every language.
  AbbreviationKind Abbreviation(std::string_view lang, std::string_view word) const;

  // True when norm (normalised) starts sentences in lang ("the", "but"; sentence_starters.tsv).
  bool IsSentenceStarter(std::string_view lang, std::string_view norm) const;

  // The languages norm is a frequent function word of (langid_words.tsv), or nullptr.
  const std::vector<std::string>* LanguagesOfWord(std::string_view norm) const;

  // Common words that a fuzzy name lookup must never match (fuzzy_common_words.tsv).
  const std::vector<std::string>& FuzzyCommonWords() const { return fuzzy_common_words_; }

  const std::vector<std::string>& problems() const { return problems_; }

 private:
  // Keys are "lang\tword".
  StringMap<AbbreviationKind> abbreviations_;
  StringMap<AbbreviationKind> any_lang_abbreviations_;  // by word
  StringMap<bool> starters_;
  WordMap<std::vector<std::string>> word_langs_;  // asked for every word of a text whose language is unclear
  std::vector<std::string> fuzzy_common_words_;
  std::vector<std::string> problems_;
};

}  // namespace dyad

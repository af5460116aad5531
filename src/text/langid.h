// Language identification: CLD2, with dyad's own cues for short text and for languages
// CLD2 confuses (Russian/Ukrainian, Spanish/Portuguese/Galician, Turkish/Azerbaijani,
// Arabic/Persian/Urdu), and restriction to the languages a caller expects.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct LanguageOptions {
  // A language the caller expects (from <html lang>, the input, the document): chosen
  // when the text itself says too little. May be empty.
  std::string hint;
  // When not empty, the answer is one of these whenever the text's script allows one
  // of them (a sentence of an Arabic document: {"ar", "en"}); text in a script none of
  // them is written in is identified freely.
  std::vector<std::string> likely;
};

struct LanguageGuess {
  std::string lang = "un";  // ISO 639-1 ("he", not CLD2's "iw"), "un" when nothing can be said
  bool reliable = false;    // enough letters and a clear margin over the runner-up
  int letters = 0;          // letters seen (all scripts)
};

// Identifies the language of text (any length; invalid UTF-8 is tolerated). Thread-safe.
// Cost: one pass over the text plus CLD2, except when the script and opts.likely leave
// a single candidate, which is answered without CLD2.
LanguageGuess IdentifyLanguage(std::string_view text, const LanguageOptions& opts = {});

// ISO 639-1 code of text ("en", "ar", "fa", "ru", "tr", "az", "uk", "he", ...), or "un"
// when nothing can be said. hint (may be empty) is a language the caller expects,
// e.g. from <html lang>; it is used when the text is too short or unclear.
// For a whole document: text longer than 512 bytes is identified from four evenly
// spaced windows of it (start, end and between), so the cost is bounded and a mixed
// document is identified by the language of most of it.
std::string DetectLanguage(std::string_view text, std::string_view hint = {});

// The script-level family of a language code, for callers that compare scripts:
// "Latin", "Cyrillic", "Arabic", "Hebrew", ... or "" when unknown.
std::string_view ScriptOfLanguage(std::string_view lang);

}  // namespace dyad

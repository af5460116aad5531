#include "text/langid.h"

#include <algorithm>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "core/utf8.h"

namespace dyad {
namespace {

// The dominant script's most likely language, for text too short for CLD2.
std::string ByScript(std::string_view text) {
  int arabic = 0, cyrillic = 0, latin = 0, hebrew = 0, persian_letters = 0;
  size_t i = 0;
  while (i < text.size()) {
    const char32_t c = utf8::Next(text, i);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x250)) ++latin;
    else if (c >= 0x0600 && c < 0x0700) {
      ++arabic;
      if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06CC || c == 0x06A9)
        ++persian_letters;
    } else if (c >= 0x0400 && c < 0x0530) ++cyrillic;
    else if (c >= 0x0590 && c < 0x0600) ++hebrew;
  }
  const int best = std::max({arabic, cyrillic, latin, hebrew});
  if (best == 0) return "un";
  if (best == arabic) return persian_letters * 20 > arabic ? "fa" : "ar";
  if (best == cyrillic) return "ru";
  if (best == hebrew) return "he";
  return "en";
}

}  // namespace

std::string DetectLanguage(std::string_view text, std::string_view hint) {
  if (text.empty()) return "un";
  bool reliable = false;
  int valid_prefix = 0;
  CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language lang3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  const std::string buf = utf8::FirstInvalid(text) == std::string_view::npos
                              ? std::string(text)
                              : utf8::Repair(text);
  CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      buf.data(), static_cast<int>(buf.size()), /*is_plain_text=*/true, &hints, 0, lang3, percent3,
      scores3, nullptr, &text_bytes, &reliable, &valid_prefix);
  std::string code = CLD2::LanguageCode(lang);
  if (code == "iw") code = "he";
  if (code.size() > 2 && code[2] == '-') code = code.substr(0, 2);
  if (lang == CLD2::UNKNOWN_LANGUAGE || code == "un" || (!reliable && text_bytes < 40)) {
    if (!hint.empty()) return std::string(hint);
    return ByScript(text);
  }
  return code;
}

}  // namespace dyad

// Language identification (CLD2, with a script fallback for short text).
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// ISO 639-1 code of text ("en", "ar", "fa", "ru", "tr", "az", "uk", "he", ...), or "un"
// when nothing can be said. hint (may be empty) is a language the caller expects,
// e.g. from <html lang>; it is used when CLD2 is unsure.
std::string DetectLanguage(std::string_view text, std::string_view hint = {});

}  // namespace dyad

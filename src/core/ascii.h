// ASCII-only string helpers for markup, headers and data files (not for text in other
// scripts: words are normalised by text/normalize.h).
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// s with A-Z lowered; other bytes unchanged.
std::string AsciiLower(std::string_view s);

// s without leading and trailing ASCII white space.
std::string_view TrimAscii(std::string_view s);

}  // namespace dyad

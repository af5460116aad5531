#include "core/ascii.h"

#include <cctype>

namespace dyad {

std::string AsciiLower(std::string_view s) {
  // In line rather than through std::tolower (a call per byte, over whole articles): the
  // same bytes, as dyad never changes the "C" locale.
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return out;
}

std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace dyad

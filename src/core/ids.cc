#include "core/ids.h"

#include <xxhash.h>

#include <cstdio>

namespace dyad {

std::string HashHex(std::string_view bytes) {
  const XXH64_hash_t h = XXH3_64bits(bytes.data(), bytes.size());
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string DocumentId(std::string_view url, std::string_view text) {
  if (!url.empty()) return HashHex(std::string("url:").append(url));
  std::string norm;
  norm.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !norm.empty();
    } else {
      if (space) norm += ' ';
      space = false;
      norm += c;
    }
  }
  return HashHex("text:" + norm);
}

}  // namespace dyad

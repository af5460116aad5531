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
  // "text:" and the text with each run of white space inside it as one ' ', built by
  // whole runs of other bytes (this runs once per article, over all of it).
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  std::string norm = "text:";
  norm.reserve(norm.size() + text.size());
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    const size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i == start) break;
    if (norm.size() > 5) norm += ' ';
    norm.append(text.data() + start, i - start);
  }
  return HashHex(norm);
}

}  // namespace dyad

// Stable document ids.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// 16 hex digits of XXH3-64. Stable across runs, machines and versions.
std::string HashHex(std::string_view bytes);

// The id of an article: the hash of its URL when it has one, else of its text with
// white space collapsed and trimmed, so that the same article read twice (or re-wrapped)
// gets the same id.
std::string DocumentId(std::string_view url, std::string_view text);

}  // namespace dyad

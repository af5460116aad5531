// Reads a whole input file, decompressing gzip and zstd by content (magic bytes).
#pragma once

#include <string>

#include "core/status.h"

namespace dyad {

// The decompressed bytes of path ("-" = stdin). Fails with a reason for unreadable
// files and truncated or corrupt compressed streams. max_bytes bounds the result so a
// decompression bomb cannot exhaust memory.
Result<std::string> ReadInputBytes(const std::string& path, size_t max_bytes = size_t{1} << 31);

// Decompression of in-memory buffers (exposed for tests and for JSON Lines fields).
Result<std::string> Gunzip(const std::string& compressed, size_t max_bytes);
Result<std::string> Unzstd(const std::string& compressed, size_t max_bytes);

}  // namespace dyad

// The plain data that flows between stages. Offsets are byte offsets into
// Document::text (UTF-8); a Document owns its text and every span points into it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dyad {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
};

// An article as it came in, before extraction.
struct RawDocument {
  std::string origin;  // file path (with ":line" for JSON Lines) or "-"
  std::string id;      // an id the caller chose (dyad code --jsonl), else empty
  std::string format;  // "text", "html" or "jsonl"
  std::string url;
  std::string title;
  std::string date;  // YYYY-MM-DD, or empty when unknown
  std::string lang;  // ISO 639-1 hint, or empty
  std::string body;  // raw bytes (UTF-8): HTML markup or plain text
};

// The article as stored: extracted body text and its metadata.
struct Document {
  std::string id;  // stable: hash of the URL if any, else of the normalised text
  std::string origin;
  std::string format;
  std::string url;
  std::string title;
  std::string date;  // publication date YYYY-MM-DD, or empty
  std::string lang;  // detected ISO 639-1 code, "un" when unknown
  std::string text;  // the article body; all spans point into it
};

}  // namespace dyad

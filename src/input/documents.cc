#include "input/documents.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/dates.h"
#include "core/utf8.h"

namespace dyad {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The file name without compression suffixes, lower-cased.
std::string BaseName(const std::string& path) {
  std::string name = Lower(std::filesystem::path(path).filename().string());
  for (const char* ext : {".gz", ".zst", ".zstd"}) {
    if (name.size() > std::strlen(ext) && name.ends_with(ext)) name.resize(name.size() - std::strlen(ext));
  }
  return name;
}

bool LooksBinary(const std::string& bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 8192);
  return std::memchr(bytes.data(), '\0', n) != nullptr;
}

std::string StringField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

void ParseJsonLines(const std::string& path, const std::string& bytes, std::vector<RawDocument>* out,
                    std::vector<InputProblem>* problems) {
  size_t pos = 0;
  int line_no = 0;
  const std::string name_date = FindDateIn(std::filesystem::path(path).filename().string());
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string::npos) nl = bytes.size();
    std::string_view line(bytes.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty()) continue;
    const std::string where = path + ":" + std::to_string(line_no);
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      problems->push_back({where, "malformed JSON"});
      continue;
    }
    if (!j.is_object()) {
      problems->push_back({where, "expected a JSON object"});
      continue;
    }
    RawDocument d;
    d.origin = where;
    d.body = StringField(j, "text");
    if (d.body.empty()) d.body = StringField(j, "html");
    if (d.body.empty()) {
      problems->push_back({where, "no \"text\" (or \"html\") string field"});
      continue;
    }
    d.format = j.contains("html") && !j.contains("text") ? "html" : "text";
    d.url = StringField(j, "url");
    d.title = StringField(j, "title");
    d.lang = StringField(j, "lang");
    const std::string date = StringField(j, "date");
    if (!date.empty()) {
      d.date = DateOfTimestamp(date);
      if (d.date.empty()) d.date = FindDateIn(date);
      if (d.date.empty()) {
        problems->push_back({where, "unreadable date \"" + date + "\" (ignored)"});
      }
    }
    if (d.date.empty()) d.date = name_date;
    out->push_back(std::move(d));
  }
}

}  // namespace

std::string DetectFormat(const std::string& path, const std::string& bytes) {
  const std::string name = BaseName(path);
  for (const char* ext : {".jsonl", ".ndjson", ".json"})
    if (name.ends_with(ext)) return "jsonl";
  for (const char* ext : {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})
    if (name.ends_with(ext)) return "html";
  for (const char* ext : {".txt", ".text", ".md"})
    if (name.ends_with(ext)) return "text";
  // Sniff: skip a BOM and leading space.
  size_t i = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  const std::string head = Lower(bytes.substr(i, 512));
  if (head.starts_with("{")) return "jsonl";
  if (head.starts_with("<!doctype html") || head.starts_with("<html") ||
      (head.starts_with("<") && head.find("<body") != std::string::npos))
    return "html";
  return "text";
}

std::vector<RawDocument> ParseDocuments(const std::string& path, const std::string& bytes,
                                        std::vector<InputProblem>* problems) {
  std::vector<RawDocument> out;
  if (bytes.empty()) {
    problems->push_back({path, "empty file"});
    return out;
  }
  if (LooksBinary(bytes)) {
    problems->push_back({path, "binary file (NUL bytes), not text, HTML or JSON Lines"});
    return out;
  }
  if (const size_t bad = utf8::FirstInvalid(bytes); bad != std::string::npos) {
    problems->push_back({path, "invalid UTF-8 at byte " + std::to_string(bad)});
    return out;
  }
  const std::string format = DetectFormat(path, bytes);
  if (format == "jsonl") {
    ParseJsonLines(path, bytes, &out, problems);
    return out;
  }
  RawDocument d;
  d.origin = path;
  d.format = format;
  d.body = bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
  d.date = FindDateIn(std::filesystem::path(path).filename().string());
  bool blank = std::all_of(d.body.begin(), d.body.end(),
                           [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  if (blank) {
    problems->push_back({path, "empty file (only white space)"});
    return out;
  }
  out.push_back(std::move(d));
  return out;
}

}  // namespace dyad

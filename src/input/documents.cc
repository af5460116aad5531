#include "input/documents.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/dates.h"
#include "core/utf8.h"
#include "input/byte_stream.h"
#include "input/charset.h"
#include "input/warc.h"

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
    if (name.size() > std::strlen(ext) && name.ends_with(ext))
      name.resize(name.size() - std::strlen(ext));
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

void ParseJsonLines(const std::string& path, const std::string& bytes,
                    std::vector<RawDocument>* out, std::vector<InputProblem>* problems) {
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
    // An HTML line's own date comes before the file name's: extraction decides.
    if (d.date.empty() && d.format != "html") d.date = name_date;
    out->push_back(std::move(d));
  }
}

// A WARC record's page as a raw document; origin "path#N" names the record.
RawDocument DocumentOfPage(const std::string& path, const WarcRecord& rec, WarcPage&& page,
                           const std::string& date_override) {
  RawDocument d;
  d.origin = path + "#" + std::to_string(rec.number);
  d.format = date_override.empty() ? "warc" : "html";
  d.url = std::move(page.url);
  d.date = date_override.empty() ? page.date : date_override;
  d.body = std::move(page.html);
  return d;
}

// Reads records until the next HTML page; nullopt at the end of the file.
std::optional<RawDocument> NextPage(const std::string& path, WarcReader& reader,
                                    const std::string& date_override, int* records, int* pages,
                                    std::vector<InputProblem>* problems) {
  WarcRecord rec;
  std::string why;
  while (true) {
    switch (reader.Read(&rec, &why)) {
      case WarcReader::Next::kEnd:
        return std::nullopt;
      case WarcReader::Next::kProblem:
        problems->push_back({path, why});
        continue;
      case WarcReader::Next::kRecord:
        break;
    }
    ++*records;
    WarcPage page;
    switch (PageOfRecord(rec, &page, &why)) {
      case WarcPageResult::kSkip:
        continue;
      case WarcPageResult::kBad:
        problems->push_back({path, "record " + std::to_string(rec.number) + ": " + why});
        continue;
      case WarcPageResult::kPage:
        break;
    }
    ++*pages;
    return DocumentOfPage(path, rec, std::move(page), date_override);
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
  if (LooksLikeWarc(bytes)) {
    WarcReader reader(ByteStream::FromMemory(bytes));
    int records = 0, pages = 0;
    while (auto d = NextPage(path, reader, {}, &records, &pages, problems))
      out.push_back(std::move(*d));
    if (pages == 0) problems->push_back({path, "no HTML pages in the WARC file"});
    return out;
  }
  if (LooksBinary(bytes)) {
    problems->push_back({path, "binary file (NUL bytes), not text, HTML or JSON Lines"});
    return out;
  }
  const std::string format = DetectFormat(path, bytes);
  std::string converted;
  if (const size_t bad = utf8::FirstInvalid(bytes); bad != std::string::npos) {
    // HTML says what its charset is (or ICU can tell); text and JSON Lines must be UTF-8.
    if (format != "html") {
      problems->push_back({path, "invalid UTF-8 at byte " + std::to_string(bad)});
      return out;
    }
    converted = ToUtf8(bytes, DeclaredHtmlCharset(bytes)).text;
  }
  const std::string& text = converted.empty() ? bytes : converted;
  if (format == "jsonl") {
    ParseJsonLines(path, bytes, &out, problems);
    return out;
  }
  RawDocument d;
  d.origin = path;
  d.format = format;
  d.body = text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
  // HTML: extraction prefers the page's own date to the file name's (see extract.h).
  if (format != "html") d.date = FindDateIn(std::filesystem::path(path).filename().string());
  bool blank = std::all_of(d.body.begin(), d.body.end(),
                           [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  if (blank) {
    problems->push_back({path, "empty file (only white space)"});
    return out;
  }
  out.push_back(std::move(d));
  return out;
}

struct DocumentReader::Warc {
  std::unique_ptr<WarcReader> reader;
};

DocumentReader::~DocumentReader() = default;

std::unique_ptr<DocumentReader> DocumentReader::Open(const std::string& path,
                                                     const ReadOptions& opt) {
  std::unique_ptr<DocumentReader> r(new DocumentReader());
  r->path_ = path;
  r->opt_ = opt;
  return r;
}

void DocumentReader::Start(std::vector<InputProblem>* problems) {
  started_ = true;
  auto stream = ByteStream::Open(path_);
  if (!stream.ok()) {
    problems->push_back({path_, stream.status().message()});
    return;
  }
  std::unique_ptr<ByteStream> in = std::move(*stream);
  if (LooksLikeWarc(in->Peek(16))) {
    warc_ = std::make_unique<Warc>();
    warc_->reader = std::make_unique<WarcReader>(std::move(in));
    return;
  }
  // Not a WARC: the whole file, as ReadInputBytes would give it.
  std::string bytes, chunk;
  while (in->Read(1 << 20, &chunk)) {
    bytes += chunk;
    if (bytes.size() > opt_.max_bytes) {
      problems->push_back({path_, "decompressed size exceeds the limit"});
      return;
    }
  }
  if (std::string p = in->TakeProblem(); !p.empty()) {
    problems->push_back({path_, p});
    return;
  }
  docs_ = ParseDocuments(path_, bytes, problems);
  if (!opt_.date.empty())
    for (auto& d : docs_) d.date = opt_.date;
}

std::optional<RawDocument> DocumentReader::Next(std::vector<InputProblem>* problems) {
  if (!started_) Start(problems);
  if (warc_) {
    auto d = NextPage(path_, *warc_->reader, opt_.date, &records_, &pages_, problems);
    if (!d) {
      if (pages_ == 0) problems->push_back({path_, "no HTML pages in the WARC file"});
      warc_.reset();
    }
    return d;
  }
  if (next_doc_ >= docs_.size()) return std::nullopt;
  return std::move(docs_[next_doc_++]);
}

}  // namespace dyad

#include "lexicon/tsv.h"

#include <algorithm>
#include <filesystem>
#include <zlib.h>

namespace dyad {

namespace {

// The whole content of a plain or gzip-compressed file (zlib reads both).
Result<std::string> ReadMaybeGzip(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return Result<std::string>::Error(path + ": cannot open");
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  const bool failed = n < 0;
  gzclose(f);
  if (failed) return Result<std::string>::Error(path + ": corrupt or truncated gzip data");
  return out;
}

}  // namespace

Status ReadTsv(const std::string& path, const std::function<Status(const TsvLine&)>& fn,
               std::vector<std::string>* problems) {
  auto content = ReadMaybeGzip(path);
  if (!content.ok()) return content.status();
  TsvLine l;
  l.file = path;
  std::string_view rest_of_file(*content);
  while (!rest_of_file.empty()) {
    const size_t nl = rest_of_file.find('\n');
    std::string_view line = rest_of_file.substr(0, nl);
    rest_of_file.remove_prefix(nl == std::string_view::npos ? rest_of_file.size() : nl + 1);
    ++l.number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    l.fields.clear();
    while (true) {
      const size_t tab = line.find('\t');
      l.fields.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    Status s = fn(l);
    if (!s.ok()) problems->push_back(l.where() + ": " + s.message());
  }
  return Status();
}

std::vector<std::string> TsvFiles(const std::string& dir, std::string_view prefix) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() == ".tsv" && name.starts_with(prefix)) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dyad

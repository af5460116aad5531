#include "lexicon/tsv.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace dyad {

Status ReadTsv(const std::string& path, const std::function<Status(const TsvLine&)>& fn,
               std::vector<std::string>* problems) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open");
  std::string line;
  TsvLine l;
  l.file = path;
  while (std::getline(in, line)) {
    ++l.number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    l.fields.clear();
    std::string_view rest(line);
    while (true) {
      const size_t tab = rest.find('\t');
      l.fields.push_back(rest.substr(0, tab));
      if (tab == std::string_view::npos) break;
      rest.remove_prefix(tab + 1);
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

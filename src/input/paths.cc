#include "input/paths.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace dyad {
namespace {

void Walk(const fs::path& dir, std::vector<std::string>* out, std::vector<InputProblem>* problems) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    problems->push_back({dir.string(), "cannot read directory: " + ec.message()});
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      problems->push_back({dir.string(), "cannot read directory: " + ec.message()});
      break;
    }
    if (it->path().filename().string().starts_with(".")) continue;
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& e : entries) {
    std::error_code sec;
    if (e.is_directory(sec)) {
      Walk(e.path(), out, problems);
    } else if (e.is_regular_file(sec)) {
      out->push_back(e.path().string());
    }
  }
}

}  // namespace

std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                     std::vector<InputProblem>* problems) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    std::error_code ec;
    const auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      problems->push_back({p, "no such file or directory"});
    } else if (fs::is_directory(st)) {
      Walk(p, &out, problems);
    } else {
      out.push_back(p);
    }
  }
  return out;
}

}  // namespace dyad

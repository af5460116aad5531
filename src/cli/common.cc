#include "cli/common.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "core/data_dir.h"

namespace dyad::cli {

std::string DbPath(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("DYAD_DB"); env && *env) return env;
  return "dyad.db";
}

void Report(const std::string& where, const std::string& what) {
  std::cerr << "dyad: " << where << ": " << what << "\n";
}

Resources LoadResourcesOrExit(const std::vector<std::string>& lexicon_dirs, bool verbose) {
  std::vector<std::string> warnings;
  auto r = LoadResources(DataDir(), lexicon_dirs, &warnings);
  if (!r.ok()) {
    std::cerr << "dyad: " << r.status().message() << "\n";
    std::exit(2);
  }
  if (verbose)
    for (const auto& w : warnings) std::cerr << "dyad: warning: " << w << "\n";
  else if (!warnings.empty())
    std::cerr << "dyad: " << warnings.size()
              << " data line(s) skipped (run with --verbose to list them)\n";
  return std::move(*r);
}

std::istream* OpenInput(const std::string& path, std::ifstream& file) {
  if (path == "-") return &std::cin;
  file.open(path);
  if (!file) {
    Report(path, "cannot open");
    return nullptr;
  }
  return &file;
}

bool StderrIsTerminal() { return isatty(STDERR_FILENO); }
bool StdoutIsTerminal() { return isatty(STDOUT_FILENO); }

}  // namespace dyad::cli

// Reading the project's plain-text data files: one fact per line, tab-separated,
// '#' comments and blank lines ignored.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace dyad {

struct TsvLine {
  std::string file;  // path as opened
  int number = 0;    // 1-based line number
  std::vector<std::string_view> fields;
  std::string where() const { return file + ":" + std::to_string(number); }
};

// Calls fn for every data line of path (plain, or gzip-compressed: *.gz files are read
// through zlib). Fails when the file cannot be read; problems
// inside lines are the caller's to report (fn returns a non-ok Status to record one).
Status ReadTsv(const std::string& path, const std::function<Status(const TsvLine&)>& fn,
               std::vector<std::string>* problems);

// The *.tsv files of dir, sorted; those whose names start with prefix when given.
std::vector<std::string> TsvFiles(const std::string& dir, std::string_view prefix = {});

}  // namespace dyad

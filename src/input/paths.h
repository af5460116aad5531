// Expands the paths given on the command line into the files to read.
#pragma once

#include <string>
#include <vector>

namespace dyad {

struct InputProblem {
  std::string path;
  std::string reason;
};

// Files named directly are kept in order; directories are walked recursively and
// their files listed in sorted order, skipping hidden entries. "-" stands for stdin.
// Missing paths and unreadable directories become problems; the rest is still listed.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                     std::vector<InputProblem>* problems);

}  // namespace dyad

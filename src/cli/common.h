// What the subcommands share: database and data locations, error lines, resources.
#pragma once

#include <fstream>
#include <istream>
#include <string>
#include <vector>

#include "pipeline/resources.h"

namespace dyad::cli {

// --db if given, else $DYAD_DB, else dyad.db in the working directory.
std::string DbPath(const std::string& flag);

// One line on stderr: "dyad: <where>: <what>".
void Report(const std::string& where, const std::string& what);

// Loads the data files (and --lexicon directories); prints problems in data lines as
// warnings when verbose. Exits with status 2 when the data cannot be loaded.
Resources LoadResourcesOrExit(const std::vector<std::string>& lexicon_dirs, bool verbose);

// The stream to read: stdin for "-", else the file opened into file. Reports and
// returns nullptr when the file cannot be opened.
std::istream* OpenInput(const std::string& path, std::ifstream& file);

bool StderrIsTerminal();
bool StdoutIsTerminal();

}  // namespace dyad::cli

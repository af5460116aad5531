// dyad ingest as a library call: paths → documents and events in the store.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "input/paths.h"
#include "pipeline/resources.h"
#include "store/store.h"

namespace dyad {

struct IngestOptions {
  std::vector<std::string> paths;
  std::string date;        // overrides every document's date when set (YYYY-MM-DD)
  int threads = 0;         // 0 = all cores
  size_t batch = 500;      // documents per transaction
};

struct IngestProgress {
  size_t files_done = 0, files_total = 0;
  size_t documents = 0;
  size_t bytes = 0;
};

struct IngestReport {
  size_t files = 0;
  size_t documents = 0;      // read and processed
  size_t stored = 0;         // new documents stored
  size_t duplicates = 0;     // already in the store (same id)
  size_t events = 0;         // events stored
  size_t bytes = 0;          // raw input bytes
  size_t problems = 0;
  double seconds = 0;
  std::map<std::string, size_t> languages;  // of the documents read
};

// Reads every path, processes documents in parallel and stores them in input order,
// each document with its events in the same transaction, batch documents per
// transaction. A document already stored is skipped whole. Each problem (unreadable
// file, bad line, no text) is passed to on_problem and the run goes on; a storage
// failure stops the run and is returned.
Result<IngestReport> Ingest(const IngestOptions& opt, const Resources& r, Store& store,
                            const std::function<void(const InputProblem&)>& on_problem,
                            const std::function<void(const IngestProgress&)>& on_progress = {});

}  // namespace dyad

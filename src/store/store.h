// The embedded SQLite store: documents and their events, with a schema version and
// migrations. One Store per thread; the pipeline writes through a single one.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "core/status.h"

struct sqlite3;

namespace dyad {

inline constexpr int kSchemaVersion = 1;

struct EventFilter {
  std::string actor;       // matches source or target (prefix: "RUS" matches "RUSCOP")
  std::string source, target;  // dyad, as country or full code prefixes
  bool both_directions = true;
  std::string root;        // two-digit root
  std::string since, until;  // YYYY-MM-DD inclusive
  bool include_all_modes = true;
  size_t limit = 0;  // 0 = no limit
};

struct CountRow {
  std::string key;
  long count = 0;
};

// One period of a dyad's relation.
struct PeriodRow {
  std::string period;  // "2025-06" or "2025-W26"
  long quad[5] = {0, 0, 0, 0, 0};  // index 1..4
  long events = 0;
  double goldstein_sum = 0;
};

class Store {
 public:
  // Opens (creating if needed) and migrates the database at path. Fails with a clear
  // reason for a file that is not a dyad database or is newer than this dyad.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, bool read_only = false);
  ~Store();

  Status Begin();
  Status Commit();
  Status Rollback();

  // Inserts the document unless one with its id is stored; returns whether it was new.
  Result<bool> InsertDocument(const Document& doc);
  Status InsertEvent(const Event& e);

  // Queries.
  Result<long> CountDocuments();
  Result<long> CountEvents();
  Result<std::vector<CountRow>> DocumentsByLanguage();
  Result<std::vector<CountRow>> EventsByQuad();
  // Country dyads (source country -> target country) by event count.
  Result<std::vector<CountRow>> TopDyads(size_t n);
  Result<std::vector<Event>> Events(const EventFilter& f);
  // Per-period counts and Goldstein sums for events between the countries (or actor
  // code prefixes) a and b, both directions; by = "month", "week" or "day".
  // Negated and hypothetical events are left out unless all_modes. Events without a
  // date of the period's precision come last, as period "undated".
  Result<std::vector<PeriodRow>> DyadSeries(const std::string& a, const std::string& b,
                                            const std::string& by, bool all_modes);
  int schema_version() const { return version_; }

 private:
  explicit Store(sqlite3* db);
  Status Exec(const std::string& sql);
  Status Migrate();

  sqlite3* db_ = nullptr;
  int version_ = 0;
  struct Statements;
  std::unique_ptr<Statements> st_;
};

}  // namespace dyad

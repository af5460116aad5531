#include "store/store.h"

#include <sqlite3.h>

#include <map>

namespace dyad {
namespace {

constexpr int kApplicationId = 0x64796164;  // "dyad"

// Migration k takes the schema from version k to k + 1. Never edit a released step;
// append a new one.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  format TEXT NOT NULL,
  url TEXT,
  title TEXT,
  date TEXT,
  lang TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX documents_date ON documents(date);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  source TEXT NOT NULL,
  source_text TEXT,
  target TEXT NOT NULL,
  target_text TEXT,
  source_country TEXT NOT NULL,
  target_country TEXT NOT NULL,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT,
  mode TEXT,
  date TEXT,
  date_precision TEXT,
  place_name TEXT, place_geonameid INTEGER, place_lat REAL, place_lon REAL, place_country TEXT,
  evidence TEXT NOT NULL,
  sentence_begin INTEGER, sentence_end INTEGER,
  trigger_begin INTEGER, trigger_end INTEGER,
  source_begin INTEGER, source_end INTEGER,
  target_begin INTEGER, target_end INTEGER,
  rule TEXT,
  confidence REAL
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_root ON events(root);
)sql",
};
constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]);
static_assert(kMigrationCount == kSchemaVersion);

class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return s_; }
  void Bind(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void BindOrNull(int i, const std::string& v) {
    if (v.empty()) sqlite3_bind_null(s_, i);
    else Bind(i, v);
  }
  void Bind(int i, long long v) { sqlite3_bind_int64(s_, i, v); }
  void Bind(int i, double v) { sqlite3_bind_double(s_, i, v); }
  std::string Text(int i) {
    const auto* p = sqlite3_column_text(s_, i);
    return p ? reinterpret_cast<const char*>(p) : "";
  }
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }

 private:
  sqlite3_stmt* s_ = nullptr;
  int rc_;
};

Status SqlError(sqlite3* db, const std::string& what) {
  return Status::Error(what + ": " + sqlite3_errmsg(db));
}

}  // namespace

struct Store::Statements {
  explicit Statements(sqlite3* db)
      : insert_doc(db,
                   "INSERT OR IGNORE INTO documents(id, origin, format, url, title, date, lang, text) "
                   "VALUES (?,?,?,?,?,?,?,?)"),
        insert_event(db,
                     "INSERT INTO events(doc, sentence, source, source_text, target, target_text, "
                     "source_country, target_country, code, root, quad, goldstein, plover, mode, "
                     "date, date_precision, place_name, place_geonameid, place_lat, place_lon, "
                     "place_country, evidence, sentence_begin, sentence_end, trigger_begin, "
                     "trigger_end, source_begin, source_end, target_begin, target_end, rule, "
                     "confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") {}
  Stmt insert_doc;
  Stmt insert_event;
};

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, bool read_only) {
  sqlite3* db = nullptr;
  const int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::Error(path + ": cannot open database: " + msg);
  }
  std::unique_ptr<Store> s(new Store(db));
  sqlite3_busy_timeout(db, 10000);
  // Reading the header tells a database from any other file. The probes finish
  // (leave scope) before anything writes: an open statement holds a read transaction.
  int app_id = 0, ntables = 0;
  {
    Stmt probe(db, "PRAGMA application_id");
    if (!probe.ok() || sqlite3_step(probe.get()) != SQLITE_ROW)
      return Status::Error(path + ": not a dyad database (" + sqlite3_errmsg(db) + ")");
    app_id = sqlite3_column_int(probe.get(), 0);
    Stmt ver(db, "PRAGMA user_version");
    sqlite3_step(ver.get());
    s->version_ = sqlite3_column_int(ver.get(), 0);
    Stmt tables(db, "SELECT count(*) FROM sqlite_master");
    sqlite3_step(tables.get());
    ntables = sqlite3_column_int(tables.get(), 0);
  }
  if (ntables > 0 && app_id != kApplicationId)
    return Status::Error(path + ": not a dyad database (it holds other tables)");
  if (s->version_ > kSchemaVersion)
    return Status::Error(path + ": database schema version " + std::to_string(s->version_) +
                         " is newer than this dyad supports (" + std::to_string(kSchemaVersion) + ")");
  if (!read_only) {
    if (Status st = s->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        !st.ok())
      return Status::Error(path + ": " + st.message());
    if (Status st = s->Migrate(); !st.ok()) return Status::Error(path + ": " + st.message());
    s->st_ = std::make_unique<Statements>(db);
    if (!s->st_->insert_doc.ok() || !s->st_->insert_event.ok())
      return SqlError(db, path + ": preparing statements");
  } else if (s->version_ != kSchemaVersion) {
    return Status::Error(path + ": database is empty or needs migrating (open it for writing first)");
  }
  return s;
}

Store::Store(sqlite3* db) : db_(db) {}

Store::~Store() {
  st_.reset();
  if (db_) sqlite3_close(db_);
}

Status Store::Exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::Error(msg);
  }
  return Status();
}

Status Store::Migrate() {
  while (version_ < kSchemaVersion) {
    // Each step and its version bump commit together, so a crash leaves either.
    const std::string sql = std::string("BEGIN IMMEDIATE;") + kMigrations[version_] +
                            "PRAGMA application_id=" + std::to_string(kApplicationId) +
                            "; PRAGMA user_version=" + std::to_string(version_ + 1) + "; COMMIT;";
    if (Status s = Exec(sql); !s.ok()) {
      Exec("ROLLBACK;");
      return Status::Error("migrating schema to version " + std::to_string(version_ + 1) + ": " + s.message());
    }
    ++version_;
  }
  return Status();
}

Status Store::Begin() { return Exec("BEGIN IMMEDIATE"); }
Status Store::Commit() { return Exec("COMMIT"); }
Status Store::Rollback() { return Exec("ROLLBACK"); }

Result<bool> Store::InsertDocument(const Document& d) {
  Stmt& s = st_->insert_doc;
  s.Reset();
  s.Bind(1, d.id);
  s.Bind(2, d.origin);
  s.Bind(3, d.format);
  s.BindOrNull(4, d.url);
  s.BindOrNull(5, d.title);
  s.BindOrNull(6, d.date);
  s.BindOrNull(7, d.lang);
  s.Bind(8, d.text);
  if (sqlite3_step(s.get()) != SQLITE_DONE) return SqlError(db_, "storing document " + d.id);
  return sqlite3_changes(db_) > 0;
}

Status Store::InsertEvent(const Event& e) {
  Stmt& s = st_->insert_event;
  s.Reset();
  int i = 0;
  s.Bind(++i, e.doc);
  s.Bind(++i, static_cast<long long>(e.sentence));
  s.Bind(++i, e.source);
  s.Bind(++i, e.source_text);
  s.Bind(++i, e.target);
  s.Bind(++i, e.target_text);
  s.Bind(++i, CountryOf(e.source));
  s.Bind(++i, CountryOf(e.target));
  s.Bind(++i, e.code);
  s.Bind(++i, e.root);
  s.Bind(++i, static_cast<long long>(e.quad));
  s.Bind(++i, e.goldstein);
  s.BindOrNull(++i, e.plover);
  s.BindOrNull(++i, e.mode);
  s.BindOrNull(++i, e.date);
  s.Bind(++i, e.date_precision);
  if (e.place) {
    s.Bind(++i, e.place->name);
    s.Bind(++i, static_cast<long long>(e.place->geonameid));
    s.Bind(++i, e.place->lat);
    s.Bind(++i, e.place->lon);
    s.Bind(++i, e.place->country);
  } else {
    i += 5;  // left NULL
  }
  s.Bind(++i, e.evidence);
  for (const Span& sp : {e.sentence_span, e.trigger, e.source_span, e.target_span}) {
    s.Bind(++i, static_cast<long long>(sp.begin));
    s.Bind(++i, static_cast<long long>(sp.end));
  }
  s.Bind(++i, e.rule);
  s.Bind(++i, e.confidence);
  if (sqlite3_step(s.get()) != SQLITE_DONE) return SqlError(db_, "storing event of " + e.doc);
  return Status();
}

namespace {

Result<long> Scalar(sqlite3* db, const char* sql) {
  Stmt s(db, sql);
  if (!s.ok() || sqlite3_step(s.get()) != SQLITE_ROW) return SqlError(db, "query");
  return static_cast<long>(sqlite3_column_int64(s.get(), 0));
}

Result<std::vector<CountRow>> Counts(sqlite3* db, const std::string& sql) {
  Stmt s(db, sql.c_str());
  if (!s.ok()) return SqlError(db, "query");
  std::vector<CountRow> out;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW)
    out.push_back({s.Text(0), static_cast<long>(sqlite3_column_int64(s.get(), 1))});
  if (rc != SQLITE_DONE) return SqlError(db, "query");
  return out;
}

}  // namespace

Result<long> Store::CountDocuments() { return Scalar(db_, "SELECT count(*) FROM documents"); }
Result<long> Store::CountEvents() { return Scalar(db_, "SELECT count(*) FROM events"); }

Result<std::vector<CountRow>> Store::DocumentsByLanguage() {
  return Counts(db_, "SELECT coalesce(lang,'un'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1");
}

Result<std::vector<CountRow>> Store::EventsByQuad() {
  return Counts(db_, "SELECT quad, count(*) FROM events GROUP BY quad ORDER BY quad");
}

Result<std::vector<CountRow>> Store::TopDyads(size_t n) {
  return Counts(db_,
                "SELECT source_country || ' -> ' || target_country, count(*) FROM events "
                "GROUP BY source_country, target_country ORDER BY 2 DESC, 1 LIMIT " +
                    std::to_string(n));
}

Result<std::vector<Event>> Store::Events(const EventFilter& f) {
  std::string sql =
      "SELECT doc, sentence, source, source_text, target, target_text, code, root, quad, "
      "goldstein, plover, mode, date, date_precision, place_name, place_geonameid, place_lat, "
      "place_lon, place_country, evidence, sentence_begin, sentence_end, trigger_begin, "
      "trigger_end, source_begin, source_end, target_begin, target_end, rule, confidence "
      "FROM events WHERE 1";
  std::vector<std::string> args;
  if (!f.actor.empty()) {
    sql += " AND (source LIKE ? || '%' OR target LIKE ? || '%')";
    args.push_back(f.actor);
    args.push_back(f.actor);
  }
  if (!f.source.empty() && !f.target.empty()) {
    sql += f.both_directions
               ? " AND ((source LIKE ? || '%' AND target LIKE ? || '%') OR (source LIKE ? || '%' AND target LIKE ? || '%'))"
               : " AND (source LIKE ? || '%' AND target LIKE ? || '%')";
    args.push_back(f.source);
    args.push_back(f.target);
    if (f.both_directions) {
      args.push_back(f.target);
      args.push_back(f.source);
    }
  }
  if (!f.root.empty()) {
    sql += " AND root = ?";
    args.push_back(f.root);
  }
  if (!f.since.empty()) {
    sql += " AND date >= ?";
    args.push_back(f.since);
  }
  if (!f.until.empty()) {
    sql += " AND substr(date, 1, 10) <= ?";
    args.push_back(f.until);
  }
  if (!f.include_all_modes) sql += " AND (mode IS NULL OR mode NOT IN ('negated','hypothetical'))";
  sql += " ORDER BY date, doc, sentence, id";
  if (f.limit) sql += " LIMIT " + std::to_string(f.limit);
  Stmt s(db_, sql.c_str());
  if (!s.ok()) return SqlError(db_, "events query");
  for (size_t i = 0; i < args.size(); ++i) s.Bind(static_cast<int>(i + 1), args[i]);
  std::vector<Event> out;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
    Event e;
    int c = 0;
    e.doc = s.Text(c++);
    e.sentence = sqlite3_column_int(s.get(), c++);
    e.source = s.Text(c++);
    e.source_text = s.Text(c++);
    e.target = s.Text(c++);
    e.target_text = s.Text(c++);
    e.code = s.Text(c++);
    e.root = s.Text(c++);
    e.quad = sqlite3_column_int(s.get(), c++);
    e.goldstein = sqlite3_column_double(s.get(), c++);
    e.plover = s.Text(c++);
    e.mode = s.Text(c++);
    e.date = s.Text(c++);
    e.date_precision = s.Text(c++);
    if (sqlite3_column_type(s.get(), c) != SQLITE_NULL) {
      Place p;
      p.name = s.Text(c);
      p.geonameid = sqlite3_column_int64(s.get(), c + 1);
      p.lat = sqlite3_column_double(s.get(), c + 2);
      p.lon = sqlite3_column_double(s.get(), c + 3);
      p.country = s.Text(c + 4);
      e.place = p;
    }
    c += 5;
    e.evidence = s.Text(c++);
    for (Span* sp : {&e.sentence_span, &e.trigger, &e.source_span, &e.target_span}) {
      sp->begin = static_cast<uint32_t>(sqlite3_column_int64(s.get(), c++));
      sp->end = static_cast<uint32_t>(sqlite3_column_int64(s.get(), c++));
    }
    e.rule = s.Text(c++);
    e.confidence = sqlite3_column_double(s.get(), c++);
    out.push_back(std::move(e));
  }
  if (rc != SQLITE_DONE) return SqlError(db_, "events query");
  return out;
}

Result<std::vector<PeriodRow>> Store::DyadSeries(const std::string& a, const std::string& b,
                                                 const std::string& by, bool all_modes) {
  std::string period;
  if (by == "month") period = "substr(date, 1, 7)";
  else if (by == "week") period = "strftime('%Y-W%W', substr(date, 1, 10))";
  else if (by == "day") period = "substr(date, 1, 10)";
  else if (by == "year") period = "substr(date, 1, 4)";
  else return Status::Error("unknown period \"" + by + "\" (want day, week, month or year)");
  // Events without a usable date (undated articles; a year-only date in a monthly
  // series) are counted in one last period, "undated", rather than hidden.
  const std::string usable = by == "year" ? "date IS NOT NULL" : "length(date) >= 10";
  std::string sql = "SELECT CASE WHEN " + usable + " THEN " + period +
                    " ELSE 'undated' END AS p, quad, count(*), sum(goldstein) FROM events WHERE "
                    "((source LIKE ?1 || '%' AND target LIKE ?2 || '%') OR "
                    "(source LIKE ?2 || '%' AND target LIKE ?1 || '%'))";
  if (!all_modes) sql += " AND (mode IS NULL OR mode NOT IN ('negated','hypothetical'))";
  sql += " GROUP BY p, quad ORDER BY p = 'undated', p";
  Stmt s(db_, sql.c_str());
  if (!s.ok()) return SqlError(db_, "relations query");
  s.Bind(1, a);
  s.Bind(2, b);
  std::vector<PeriodRow> out;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
    const std::string p = s.Text(0);
    if (out.empty() || out.back().period != p) out.push_back(PeriodRow{p});
    const int q = sqlite3_column_int(s.get(), 1);
    const long n = sqlite3_column_int64(s.get(), 2);
    if (q >= 1 && q <= 4) out.back().quad[q] += n;
    out.back().events += n;
    out.back().goldstein_sum += sqlite3_column_double(s.get(), 3);
  }
  if (rc != SQLITE_DONE) return SqlError(db_, "relations query");
  return out;
}

}  // namespace dyad

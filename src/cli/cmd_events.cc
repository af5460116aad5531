#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/dates.h"
#include "core/event_json.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

struct EventsArgs {
  std::string db, actor, dyad, root, since, until, format = "table";
  bool asserted = false;
  size_t limit = 0;
};

std::string Csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string Clip(const std::string& s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return s.substr(0, cut) + "…";
}

int RunEvents(const EventsArgs& a) {
  EventFilter f;
  f.actor = a.actor;
  if (!a.dyad.empty()) {
    const size_t comma = a.dyad.find(',');
    if (comma == std::string::npos) {
      Report("--dyad", "expected two actor codes separated by a comma, e.g. RUS,AZE");
      return 2;
    }
    f.source = a.dyad.substr(0, comma);
    f.target = a.dyad.substr(comma + 1);
  }
  for (const auto& [flag, d] : {std::pair{"--since", a.since}, std::pair{"--until", a.until}})
    if (!d.empty() && !IsValidDate(d)) {
      Report(flag, "\"" + d + "\" is not a valid YYYY-MM-DD date");
      return 2;
    }
  f.root = a.root;
  f.since = a.since;
  f.until = a.until;
  f.include_all_modes = !a.asserted;
  f.limit = a.limit;
  auto store = Store::Open(DbPath(a.db), /*read_only=*/true);
  if (!store.ok()) {
    std::cerr << "dyad: " << store.status().message() << "\n";
    return 2;
  }
  auto events = (*store)->Events(f);
  if (!events.ok()) {
    std::cerr << "dyad: " << events.status().message() << "\n";
    return 2;
  }
  if (a.format == "jsonl") {
    for (const auto& e : *events) std::cout << EventToJson(e).dump() << "\n";
  } else if (a.format == "csv") {
    std::cout << "doc,sentence,date,source,target,code,root,quad,goldstein,plover,mode,confidence,"
                 "source_text,target_text,evidence\n";
    for (const auto& e : *events)
      std::cout << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", e.doc, e.sentence,
                               e.date, e.source, e.target, e.code, e.root, e.quad, e.goldstein,
                               e.plover, e.mode, e.confidence, Csv(e.source_text),
                               Csv(e.target_text), Csv(e.evidence));
  } else {
    std::cout << fmt::format("{:<10} {:<10} {:<10} {:<5} {:>5} {:<12} {}\n", "date", "source",
                             "target", "code", "gold", "mode", "evidence");
    for (const auto& e : *events)
      std::cout << fmt::format("{:<10} {:<10} {:<10} {:<5} {:>5.1f} {:<12} {}\n", e.date, e.source,
                               e.target, e.code, e.goldstein, e.mode.empty() ? "-" : e.mode,
                               Clip(e.evidence, 110));
    std::cout << fmt::format("{} event(s)\n", events->size());
  }
  return 0;
}

}  // namespace

Action AddEvents(CLI::App& app) {
  auto a = std::make_shared<EventsArgs>();
  app.add_option("--db", a->db, "SQLite database (default: $DYAD_DB or ./dyad.db)");
  app.add_option("--actor", a->actor, "Events with this actor as source or target (code prefix: RUS, RUSCOP)");
  app.add_option("--dyad", a->dyad, "Events between two actors, both directions: A,B");
  app.add_option("--root", a->root, "CAMEO root, two digits (e.g. 17)");
  app.add_option("--since", a->since, "From this date (YYYY-MM-DD)");
  app.add_option("--until", a->until, "To this date, inclusive (YYYY-MM-DD)");
  app.add_flag("--asserted", a->asserted, "Leave out negated and hypothetical events");
  app.add_option("--limit", a->limit, "At most this many events");
  app.add_option("--format", a->format, "table, jsonl or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  return [a] { return RunEvents(*a); };
}

}  // namespace dyad::cli

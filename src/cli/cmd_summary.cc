#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

const char* QuadName(const std::string& q) {
  if (q == "1") return "verbal cooperation";
  if (q == "2") return "material cooperation";
  if (q == "3") return "verbal conflict";
  if (q == "4") return "material conflict";
  return "?";
}

int RunSummary(const std::string& db_flag, size_t top) {
  auto store = Store::Open(DbPath(db_flag), /*read_only=*/true);
  if (!store.ok()) {
    std::cerr << "dyad: " << store.status().message() << "\n";
    return 2;
  }
  Store& s = **store;
  auto docs = s.CountDocuments();
  auto events = s.CountEvents();
  auto langs = s.DocumentsByLanguage();
  auto quads = s.EventsByQuad();
  auto dyads = s.TopDyads(top);
  for (const Status* st : {&docs.status(), &events.status(), &langs.status(), &quads.status(), &dyads.status()})
    if (!st->ok()) {
      std::cerr << "dyad: " << st->message() << "\n";
      return 2;
    }
  std::cout << fmt::format("{} article(s), {} event(s)\n\nlanguages\n", *docs, *events);
  for (const auto& r : *langs) std::cout << fmt::format("  {:<6} {:>6}\n", r.key, r.count);
  std::cout << "\nevents by QuadClass\n";
  for (const auto& r : *quads)
    std::cout << fmt::format("  {} {:<22} {:>6}\n", r.key, QuadName(r.key), r.count);
  std::cout << "\nmost active dyads\n";
  for (const auto& r : *dyads) std::cout << fmt::format("  {:<12} {:>6}\n", r.key, r.count);
  return 0;
}

}  // namespace

Action AddSummary(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto top = std::make_shared<size_t>(10);
  app.add_option("--db", *db, "SQLite database (default: $DYAD_DB or ./dyad.db)");
  app.add_option("--top", *top, "How many dyads to list");
  return [db, top] { return RunSummary(*db, *top); };
}

}  // namespace dyad::cli

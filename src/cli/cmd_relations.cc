#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "analysis/relations.h"
#include "cli/chart.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace dyad::cli {
namespace {

struct RelationsArgs {
  std::string a, b, db, by = "month";
  bool all_modes = false, no_color = false;
};

int RunRelations(const RelationsArgs& x) {
  auto store = Store::Open(DbPath(x.db), /*read_only=*/true);
  if (!store.ok()) {
    std::cerr << "dyad: " << store.status().message() << "\n";
    return 2;
  }
  auto periods = DyadRelations(**store, x.a, x.b, x.by, x.all_modes);
  if (!periods.ok()) {
    std::cerr << "dyad: " << periods.status().message() << "\n";
    return 2;
  }
  std::cout << fmt::format("{} – {} by {}{}\n\n", x.a, x.b, x.by,
                           x.all_modes ? " (all modes)" : " (negated and hypothetical events left out)");
  if (periods->empty()) {
    std::cout << "no dated events between " << x.a << " and " << x.b << "\n";
    return 0;
  }
  std::cout << RelationTable(*periods) << "\n"
            << RelationChart(*periods, StdoutIsTerminal() && !x.no_color);
  return 0;
}

}  // namespace

Action AddRelations(CLI::App& app) {
  auto a = std::make_shared<RelationsArgs>();
  app.add_option("a", a->a, "First actor (country code or code prefix, e.g. RUS)")->required();
  app.add_option("b", a->b, "Second actor (e.g. AZE)")->required();
  app.add_option("--db", a->db, "SQLite database (default: $DYAD_DB or ./dyad.db)");
  app.add_option("--by", a->by, "Period: day, week, month or year")
      ->check(CLI::IsMember({"day", "week", "month", "year"}));
  app.add_flag("--all-modes", a->all_modes, "Count negated and hypothetical events too");
  app.add_flag("--no-color", a->no_color, "Plain characters only");
  return [a] { return RunRelations(*a); };
}

}  // namespace dyad::cli

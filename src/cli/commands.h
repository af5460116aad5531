// One function per subcommand: each adds its options to the app and returns the
// action to run, which returns the process exit status.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace dyad::cli {

using Action = std::function<int()>;

Action AddIngest(CLI::App& app);
Action AddCode(CLI::App& app);
Action AddEvents(CLI::App& app);
Action AddRelations(CLI::App& app);
Action AddSummary(CLI::App& app);
Action AddActors(CLI::App& app);
Action AddText(CLI::App& app);
Action AddExtract(CLI::App& app);
Action AddPlaces(CLI::App& app);

}  // namespace dyad::cli

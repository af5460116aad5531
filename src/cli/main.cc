// dyad: news articles in, political event data out. Thin main: parses arguments and
// calls the library (see the README for each command).
#include <CLI/CLI.hpp>
#include <iostream>
#include <map>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: who did what to whom, when and where, from news in many languages"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");
  std::map<CLI::App*, dyad::cli::Action> actions;
  auto add = [&](const char* name, const char* help, dyad::cli::Action (*fn)(CLI::App&)) {
    CLI::App* sub = app.add_subcommand(name, help);
    actions[sub] = fn(*sub);
  };
  add("ingest", "Read articles (files, directories, '-'), code them and store them", dyad::cli::AddIngest);
  add("code", "Code articles without a database; print events as JSON Lines", dyad::cli::AddCode);
  add("events", "List stored events, filtered", dyad::cli::AddEvents);
  add("relations", "A dyad's relation over time: a table and a terminal chart", dyad::cli::AddRelations);
  add("summary", "What the database holds: articles, languages, events, busiest dyads", dyad::cli::AddSummary);
  add("extract", "Show what extraction keeps of each page or file (--explain: what it drops, and why)", dyad::cli::AddExtract);
  add("actors", "Find the actors a text names: states, leaders, organisations, sectors (--explain: why)", dyad::cli::AddActors);
  add("places", "Find the places and dates a text names, resolved (--jsonl: one line per input line)", dyad::cli::AddPlaces);
  add("text", "Show how the text layer reads a text: sentences, tokens, norms, keys, clitics (--jsonl: batches)", dyad::cli::AddText);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  for (auto& [sub, action] : actions)
    if (sub->parsed()) return action();
  return 2;
}

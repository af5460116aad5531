// dyad places: the dates and places of a text, for debugging and for scoring the
// geoparser (`--jsonl`). Thin: all behaviour is in recognize/places* and dates*.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/data_dir.h"
#include "core/dates.h"
#include "lexicon/gazetteer.h"
#include "recognize/places_when_where.h"
#include "text/analyze.h"

namespace dyad::cli {
namespace {

struct PlacesArgs {
  std::string input;
  bool jsonl = false, json = false, verbose = false, all_toponyms = false;
  std::string date, lang;
  std::vector<std::string> gazetteers;
};

std::string Field(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

nlohmann::json OrNull(bool has, nlohmann::json v) { return has ? v : nlohmann::json(nullptr); }

// The places and dates of one text, as the --jsonl contract writes them.
nlohmann::json Analyse(Document& doc, const Resources& r, const Gazetteer& gaz, bool all_toponyms,
                       std::string* listing) {
  std::vector<Sentence> sentences = AnalyzeText(doc);
  std::vector<std::vector<ActorMention>> actors;
  for (const auto& s : sentences) actors.push_back(RecognizeActors(s, *r.actors, doc.date));
  const WhenWhere ww(doc, sentences, actors, gaz);
  nlohmann::json places = nlohmann::json::array(), dates = nlohmann::json::array();
  for (size_t i = 0; i < sentences.size(); ++i) {
    for (const auto& p : ww.places(i)) {
      if (!all_toponyms && p.role != "place" && p.role != "in-name") continue;
      const std::string text = doc.text.substr(p.span.begin, p.span.size());
      const bool ok = p.resolved >= 0;
      const GazetteerPlace* g = ok ? &gaz.place(p.resolved) : nullptr;
      places.push_back({{"text", text},
                        {"begin", p.span.begin},
                        {"end", p.span.end},
                        {"name", OrNull(ok, ok ? g->name : "")},
                        {"geonameid", OrNull(ok && g->geonameid != 0, ok ? g->geonameid : 0)},
                        {"lat", OrNull(ok, ok ? g->lat : 0.0)},
                        {"lon", OrNull(ok, ok ? g->lon : 0.0)},
                        {"country", OrNull(ok && !g->country.empty(), ok ? g->country : "")}});
      if (!p.feature.empty()) places.back()["feature"] = p.feature;
      if (p.role != "place") places.back()["role"] = p.role;
      if (listing) {
        const std::string role = p.role == "place" ? "place" : p.role;
        *listing += ok ? fmt::format("  {:<7} [{},{}) \"{}\" -> {} ({}) {:.4f},{:.4f} {} {}; {}\n", role, p.span.begin,
                                     p.span.end, text, g->name, g->geonameid, g->lat, g->lon, g->country, g->kind, p.how)
                       : fmt::format("  {:<7} [{},{}) \"{}\" -> not in the gazetteer; {}\n", role, p.span.begin,
                                     p.span.end, text, p.how);
      }
    }
    for (const auto& d : ww.dates(i)) {
      const std::string text = doc.text.substr(d.span.begin, d.span.size());
      nlohmann::json j = {{"text", text},
                          {"begin", d.span.begin},
                          {"end", d.span.end},
                          {"date", OrNull(d.ok(), d.date)},
                          {"precision", OrNull(d.ok(), d.precision)}};
      if (!d.problem.empty()) j["problem"] = d.problem;
      dates.push_back(std::move(j));
      if (listing) {
        *listing += d.ok() ? fmt::format("  date    [{},{}) \"{}\" -> {} ({}; {}..{}{}{})\n", d.span.begin, d.span.end, text,
                                         d.date, d.precision, d.begin, d.end, d.relative ? ", relative" : "",
                                         d.future ? ", future" : "")
                           : fmt::format("  date    [{},{}) \"{}\" -> rejected: {}\n", d.span.begin, d.span.end, text,
                                         d.problem);
      }
    }
  }
  if (listing && ww.main_place() >= 0) {
    const GazetteerPlace& m = gaz.place(ww.main_place());
    *listing += fmt::format("  main place: {} ({}) {}\n", m.name, m.geonameid, m.country);
  }
  return {{"places", places}, {"dates", dates}};
}

std::string Dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int RunPlaces(const PlacesArgs& a) {
  if (!a.date.empty() && !IsValidDate(a.date)) {
    Report("--date", "\"" + a.date + "\" is not a valid YYYY-MM-DD date");
    return 2;
  }
  Resources r = LoadResourcesOrExit({}, a.verbose);
  std::vector<std::string> paths{DataDir() + "/places"};
  paths.insert(paths.end(), a.gazetteers.begin(), a.gazetteers.end());
  std::vector<std::string> problems;
  auto gaz = Gazetteer::Load(paths, &problems);
  if (!gaz.ok()) {
    Report("gazetteer", gaz.status().message());
    return 2;
  }
  // Problems in the user's files are theirs to fix: each is named. The project's own
  // data is summarised, as for the other dictionaries.
  int status = 0;
  size_t own = 0;
  for (const auto& p : problems) {
    if (p.starts_with(paths[0])) {
      ++own;
      if (a.verbose) std::cerr << "dyad: warning: " << p << "\n";
    } else {
      std::cerr << "dyad: " << p << "\n";
      status = 1;
    }
  }
  if (own && !a.verbose) std::cerr << "dyad: " << own << " gazetteer line(s) skipped (run with --verbose to list them)\n";

  if (a.jsonl) {
    const std::string path = a.input.empty() ? "-" : a.input;
    std::ifstream file;
    std::istream* in = OpenInput(path, file);
    if (!in) return 2;
    std::string line;
    int number = 0;
    while (std::getline(*in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const std::string where = path + ":" + std::to_string(number);
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object() || (j.contains("text") && !j["text"].is_string())) {
        Report(where, "malformed JSON line");
        std::cout << Dump({{"id", nullptr}, {"places", nlohmann::json::array()}, {"dates", nlohmann::json::array()},
                           {"error", "malformed JSON"}})
                  << "\n";
        status = 1;
        continue;
      }
      Document doc;
      doc.text = Field(j, "text");
      doc.lang = a.lang.empty() ? Field(j, "lang") : a.lang;
      doc.date = a.date;
      if (doc.date.empty() && j.contains("date")) {
        doc.date = DateOfTimestamp(Field(j, "date"));
        if (doc.date.empty()) Report(where, "\"date\" is not a valid date; relative dates stay unresolved");
      }
      nlohmann::json out = Analyse(doc, r, **gaz, a.all_toponyms, nullptr);
      nlohmann::json line_out = {{"id", j.contains("id") ? j["id"] : nlohmann::json(number)}};
      line_out["places"] = std::move(out["places"]);
      line_out["dates"] = std::move(out["dates"]);
      std::cout << Dump(line_out) << "\n";
    }
    return status;
  }
  Document doc;
  if (a.input.empty() || a.input == "-") {
    doc.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    doc.text = a.input;
  }
  doc.date = a.date;
  doc.lang = a.lang;
  std::string listing;
  nlohmann::json out = Analyse(doc, r, **gaz, a.all_toponyms, a.json ? nullptr : &listing);
  if (a.json) {
    std::cout << Dump(out) << "\n";
  } else {
    std::cout << fmt::format("lang {}, date {}\n", doc.lang, doc.date.empty() ? "unknown" : doc.date) << listing;
  }
  return status;
}

}  // namespace

Action AddPlaces(CLI::App& app) {
  auto a = std::make_shared<PlacesArgs>();
  app.add_option("text", a->input,
                 "The text to read (or '-' for stdin); with --jsonl, a JSON Lines file (default stdin)");
  app.add_flag("--jsonl", a->jsonl,
               "Input lines {\"id\",\"text\",\"date\"?}; output one {\"id\",\"places\",\"dates\"} line per input line, in order");
  app.add_flag("--json", a->json, "Print the text's places and dates as one JSON object instead of a listing");
  app.add_flag("--all-toponyms", a->all_toponyms,
               "Also list toponyms that are not locations: countries and capitals standing for their "
               "governments (\"Moscow said\") and nationality words (\"Russian\"), marked with their role");
  app.add_option("--date", a->date, "Publication date YYYY-MM-DD, for relative dates (overrides the input's)");
  app.add_option("--lang", a->lang, "Language of the input (ISO 639-1), instead of detecting it");
  // One value per --gazetteer, so that the text may follow it.
  app.add_option("--gazetteer", a->gazetteers,
                 "Extra gazetteer file or directory (repeatable; format in docs/places.md)")
      ->allow_extra_args(false);
  app.add_flag("-v,--verbose", a->verbose, "List skipped data lines");
  return [a] { return RunPlaces(*a); };
}

}  // namespace dyad::cli

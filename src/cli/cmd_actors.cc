// dyad actors: which actors a text names, and why (--explain); a batch mode over JSON
// Lines; the dictionaries' sizes, load time and problems (--stats, --check). Thin:
// recognition is recognize/actors_document.h, loading lexicon/actor_lexicon.h.
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/data_dir.h"
#include "core/dates.h"
#include "recognize/actors_document.h"

namespace dyad::cli {
namespace {

struct ActorsArgs {
  std::string input;  // the text, or with --jsonl a file ("-" or empty: stdin)
  bool jsonl = false, explain = false, stats = false, check = false, strict = false,
       verbose = false;
  bool no_builtin = false;
  std::string date, lang;
  std::vector<std::string> lexicons;
};

std::string Field(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

// Peak resident memory of this process in kB (Linux), 0 when unknown.
long PeakRssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.starts_with("VmHWM:")) return std::atol(line.c_str() + 6);
  return 0;
}

// Keys in the documented order (code, text, begin, end, entity, how, then extras).
nlohmann::ordered_json MentionJson(const DocumentActors& d, const ActorMention& m,
                                   size_t sentence) {
  nlohmann::ordered_json a;
  a["code"] = m.code;
  a["text"] = d.text.substr(m.span.begin, m.span.size());
  a["begin"] = m.span.begin;
  a["end"] = m.span.end;
  a["entity"] = m.entity;
  a["how"] = m.how;
  a["kind"] = ActorKindName(m.kind);
  a["sentence"] = sentence;
  if (!m.entity_id.empty()) a["entity_id"] = m.entity_id;
  if (!m.group.empty()) a["group"] = m.group;
  return a;
}

void PrintText(const DocumentActors& d, bool explain) {
  for (size_t i = 0; i < d.sentences.size(); ++i) {
    const Sentence& s = d.sentences[i];
    if (explain) {
      std::cout << fmt::format("[{}] {} ({})\n", i, d.text.substr(s.span.begin, s.span.size()),
                               s.lang);
      std::string toks;
      for (const auto& t : s.tokens)
        toks += (toks.empty() ? "" : " ") + (t.key != t.norm ? t.norm + "/" + t.key : t.norm);
      std::cout << "  tokens: " << toks << "\n";
    }
    for (const auto& m : d.actors[i]) {
      if (m.code.empty()) continue;
      std::cout << fmt::format("{}{:<10} \"{}\" [{}, {})", explain ? "  " : "", m.code,
                               d.text.substr(m.span.begin, m.span.size()), m.span.begin,
                               m.span.end);
      if (explain) {
        std::cout << fmt::format(" {}: {}; {}", ActorKindName(m.kind), m.entity, m.how);
        if (!m.entity_id.empty()) std::cout << " [" << m.entity_id << "]";
      }
      std::cout << "\n";
    }
    if (explain) std::cout << "\n";
  }
}

int RunActors(const ActorsArgs& a) {
  if (!a.date.empty() && !IsValidDate(a.date)) {
    Report("--date", "\"" + a.date + "\" is not a valid YYYY-MM-DD date");
    return 2;
  }
  std::vector<std::string> paths;
  if (!a.no_builtin) paths.push_back(DataDir() + "/actors");
  paths.insert(paths.end(), a.lexicons.begin(), a.lexicons.end());
  const auto t0 = std::chrono::steady_clock::now();
  ActorLexicon::Report report;
  auto lex = ActorLexicon::Load(paths, &report, a.strict);
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (!lex.ok()) {
    Report("lexicon", lex.status().message());
    return 2;
  }
  if (a.check || a.verbose) {
    for (const auto& p : report.problems) std::cerr << "dyad: " << p << "\n";
    if (a.check)
      for (const auto& p : report.duplicates) std::cerr << "dyad: duplicate: " << p << "\n";
  } else if (!report.problems.empty()) {
    std::cerr << "dyad: " << report.problems.size()
              << " dictionary line(s) skipped (run with --verbose to list them)\n";
  }
  if (a.check) {
    std::cout << fmt::format("{} problem(s), {} duplicate(s)\n", report.problems.size(),
                             report.duplicates.size());
    return report.problems.empty() ? 0 : 1;
  }
  if (a.stats) {
    const ActorLexiconStats s = (*lex)->Stats();
    std::cout << fmt::format("entries {}  entities {}  sector words {}  guards {}\n", s.entries,
                             s.entities, s.sectors, s.guards);
    std::cout << "by kind:";
    for (const auto& [k, v] : s.entries_by_kind) std::cout << fmt::format(" {} {}", k, v);
    std::cout << "\nname surfaces by language:";
    for (const auto& [k, v] : s.names_by_lang) std::cout << fmt::format(" {} {}", k, v);
    std::cout << "\nsector surfaces by language:";
    for (const auto& [k, v] : s.sectors_by_lang) std::cout << fmt::format(" {} {}", k, v);
    std::cout << fmt::format("\nload {:.0f} ms, peak memory {:.1f} MB\n", load_ms,
                             PeakRssKb() / 1024.0);
    return 0;
  }
  if (!a.jsonl) {
    if (a.input.empty()) {
      Report("actors", "give a text, or --jsonl to read JSON Lines (see --help)");
      return 2;
    }
    DocumentActors d = FindDocumentActors(a.input, a.lang, a.date, **lex);
    PrintText(d, a.explain);
    return 0;
  }
  std::ifstream file;
  std::istream* in = OpenInput(a.input.empty() ? "-" : a.input, file);
  if (!in) return 2;
  int problems = 0;
  std::string line;
  int line_no = 0;
  const std::string origin = a.input.empty() ? "-" : a.input;
  while (std::getline(*in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::ordered_json out;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      const std::string why =
          j.is_discarded() || !j.is_object() ? "malformed JSON" : "no \"text\" string";
      Report(origin + ":" + std::to_string(line_no), why);
      ++problems;
      out["id"] = nullptr;
      out["actors"] = nlohmann::ordered_json::array();
      out["error"] = why;
    } else {
      std::string date = a.date.empty() ? DateOfTimestamp(Field(j, "date")) : a.date;
      if (date.empty() && a.date.empty()) date = FindDateIn(Field(j, "date"));
      const std::string lang = a.lang.empty() ? Field(j, "lang") : a.lang;
      DocumentActors d = FindDocumentActors(j["text"].get<std::string>(), lang, date, **lex);
      out["id"] =
          j.contains("id") ? nlohmann::ordered_json(j["id"]) : nlohmann::ordered_json(line_no);
      out["actors"] = nlohmann::ordered_json::array();
      for (size_t i = 0; i < d.sentences.size(); ++i)
        for (const auto& m : d.actors[i])
          if (!m.code.empty()) out["actors"].push_back(MentionJson(d, m, i));
    }
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return problems ? 1 : 0;
}

}  // namespace

Action AddActors(CLI::App& app) {
  auto a = std::make_shared<ActorsArgs>();
  app.add_option("text", a->input,
                 "The text to read (with --jsonl: a JSON Lines file, '-' or nothing for stdin)");
  app.add_flag("--jsonl", a->jsonl,
               "Input lines {\"id\",\"text\",\"date\"?,\"lang\"?}; output one "
               "{\"id\",\"actors\":[{\"code\",\"text\","
               "\"begin\",\"end\",\"entity\",\"how\",...}]} line per input line, in order");
  app.add_flag("--explain", a->explain,
               "Show each sentence, its tokens, and how every actor was found");
  app.add_option("--date", a->date, "Date of the text YYYY-MM-DD (picks people's roles)");
  app.add_option("--lang", a->lang, "Language of the text (ISO 639-1), instead of detecting it");
  app.add_option("--lexicon", a->lexicons,
                 "Extra actor dictionary directory or file: *.tsv, PETRARCH *.actors.txt / "
                 "*.agents.txt (repeatable)");
  app.add_flag("--no-builtin", a->no_builtin,
               "Load only the --lexicon dictionaries, not data/actors");
  app.add_flag("--strict", a->strict,
               "Fail when a dictionary line is malformed or conflicts with another");
  app.add_flag("--check", a->check,
               "Load the dictionaries and list every problem and duplicate; exit 1 on problems");
  app.add_flag("--stats", a->stats, "Print dictionary sizes, load time and peak memory");
  app.add_flag("-v,--verbose", a->verbose, "List skipped dictionary lines");
  return [a] { return RunActors(*a); };
}

}  // namespace dyad::cli

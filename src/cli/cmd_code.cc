#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <set>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/dates.h"
#include "core/event_json.h"
#include "input/documents.h"
#include "input/file_bytes.h"
#include "pipeline/run.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  std::string path = "-";
  bool jsonl = false, explain = false, verbose = false;
  std::string date, lang;
  std::vector<std::string> lexicons;
  int threads = 0;
};

std::string Field(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

void PrintExplain(const ProcessedDocument& p, const std::vector<Sentence>& sentences,
                  const std::vector<SentenceTrace>& trace) {
  std::cout << fmt::format("document {} ({}, lang {}, date {})\n", p.doc.id, p.origin, p.doc.lang,
                           p.doc.date.empty() ? "unknown" : p.doc.date);
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    std::cout << fmt::format("\n[{}] {} ({})\n", i, p.doc.text.substr(s.span.begin, s.span.size()), s.lang);
    std::string toks;
    for (const auto& t : s.tokens) toks += (toks.empty() ? "" : " ") + (t.key != t.norm ? t.norm + "/" + t.key : t.norm);
    std::cout << "  tokens: " << toks << "\n";
    for (const auto& a : trace[i].actors)
      std::cout << fmt::format("  actor {} \"{}\" ({}; {})\n", a.code,
                               p.doc.text.substr(a.span.begin, a.span.size()), a.entity, a.how);
    for (const auto& d : trace[i].decisions) std::cout << "  " << d << "\n";
  }
}

int RunCode(const CodeArgs& a) {
  if (!a.date.empty() && !IsValidDate(a.date)) {
    Report("--date", "\"" + a.date + "\" is not a valid YYYY-MM-DD date");
    return 2;
  }
  Resources r = LoadResourcesOrExit(a.lexicons, a.verbose);
  int problems = 0;
  if (a.jsonl) {
    std::ifstream file;
    std::istream* in = OpenInput(a.path, file);
    if (!in) return 2;
    int line_no = 0;
    // Lines that cannot be read still get an output line, so outputs stay aligned.
    std::mutex mu;
    std::set<std::string> malformed;  // GUARDED_BY(mu): reader and writer are different stages
    auto next = [&]() -> std::optional<RawDocument> {
      std::string line;
      while (std::getline(*in, line)) {
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        RawDocument d;
        d.origin = a.path + ":" + std::to_string(line_no);
        d.format = "text";
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object()) {
          Report(d.origin, "malformed JSON");
          ++problems;
          std::lock_guard<std::mutex> lock(mu);
          malformed.insert(d.origin);
          return d;
        }
        d.id = Field(j, "id");
        d.body = Field(j, "text");
        d.date = a.date.empty() ? DateOfTimestamp(Field(j, "date")) : a.date;
        if (d.date.empty() && a.date.empty()) d.date = FindDateIn(Field(j, "date"));
        d.lang = a.lang.empty() ? Field(j, "lang") : a.lang;
        d.url = Field(j, "url");
        d.title = Field(j, "title");
        if (d.id.empty()) d.id = std::to_string(line_no);
        return d;
      }
      return std::nullopt;
    };
    RunPipeline(next, r, [&](ProcessedDocument&& p) {
      nlohmann::json out;
      bool bad;
      {
        std::lock_guard<std::mutex> lock(mu);
        bad = malformed.count(p.origin) > 0;
      }
      out["id"] = bad ? nlohmann::json(nullptr) : nlohmann::json(p.raw_id);
      out["events"] = nlohmann::json::array();
      for (const auto& e : p.events) out["events"].push_back(EventToJson(e));
      if (bad) out["error"] = "malformed JSON";
      std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }, a.threads);
    return problems ? 1 : 0;
  }
  auto bytes = ReadInputBytes(a.path);
  if (!bytes.ok()) {
    Report(a.path, bytes.status().message());
    return 2;
  }
  std::vector<InputProblem> input_problems;
  auto docs = ParseDocuments(a.path, *bytes, &input_problems);
  for (const auto& p : input_problems) Report(p.path, p.reason);
  for (auto& d : docs) {
    if (!a.date.empty()) d.date = a.date;
    if (!a.lang.empty()) d.lang = a.lang;
    std::vector<Sentence> sentences;
    std::vector<SentenceTrace> trace;
    ProcessedDocument p = ProcessDocument(std::move(d), r, &sentences, a.explain ? &trace : nullptr);
    if (!p.error.empty()) {
      Report(p.origin, p.error);
      ++problems;
      continue;
    }
    if (a.explain) {
      PrintExplain(p, sentences, trace);
      continue;
    }
    for (const auto& e : p.events)
      std::cout << EventToJson(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return problems || !input_problems.empty() ? 1 : 0;
}

}  // namespace

Action AddCode(CLI::App& app) {
  auto a = std::make_shared<CodeArgs>();
  app.add_option("input", a->path, "Article file (text, HTML, JSON Lines; .gz/.zst), or '-' for stdin");
  app.add_flag("--jsonl", a->jsonl,
               "Input lines {\"id\",\"text\",\"date\"?,\"lang\"?}; output one {\"id\",\"events\"} line per input line, in order");
  app.add_flag("--explain", a->explain, "Show tokens, actors, triggers and attribution decisions per sentence");
  app.add_option("--date", a->date, "Publication date YYYY-MM-DD (overrides the input's)");
  app.add_option("--lang", a->lang, "Language of the input (ISO 639-1), instead of detecting it");
  app.add_option("--lexicon", a->lexicons, "Extra actor dictionary directory (repeatable)");
  app.add_option("--threads", a->threads, "Worker threads (default: all cores)");
  app.add_flag("-v,--verbose", a->verbose, "List skipped data lines");
  return [a] { return RunCode(*a); };
}

}  // namespace dyad::cli

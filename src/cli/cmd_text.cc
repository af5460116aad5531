// dyad text: how the text layer reads a text (sentences, tokens, normalised forms,
// keys, clitic readings), for users and lexicon writers; --jsonl for batches.
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "input/file_bytes.h"
#include "text/analyze.h"
#include "text/explain.h"

namespace dyad::cli {
namespace {

struct TextArgs {
  std::string path = "-";
  bool jsonl = false;
  std::string lang;
};

std::string Field(const nlohmann::json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return {};
}

std::string Dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// One {"id","text","lang"?} line in, one {"id","lang","sentences"} line out.
int RunJsonl(const TextArgs& a) {
  std::ifstream file;
  std::istream* in = OpenInput(a.path, file);
  if (!in) return 2;
  int problems = 0, line_no = 0;
  std::string line;
  while (std::getline(*in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    nlohmann::json out;
    if (j.is_discarded() || !j.is_object()) {
      // A line that cannot be read still gets an output line, so outputs stay aligned.
      Report(a.path + ":" + std::to_string(line_no), "malformed JSON");
      ++problems;
      out = {{"id", nullptr}, {"lang", nullptr}, {"sentences", nlohmann::json::array()}, {"error", "malformed JSON"}};
      std::cout << Dump(out) << "\n";
      continue;
    }
    Document d;
    d.text = Field(j, "text");
    d.lang = a.lang.empty() ? Field(j, "lang") : a.lang;
    const auto sentences = AnalyzeText(d);
    std::string id = Field(j, "id");
    out["id"] = id.empty() ? nlohmann::json(line_no) : nlohmann::json(id);
    out["lang"] = d.lang;
    out["sentences"] = SentencesJson(d.text, sentences);
    std::cout << Dump(out) << "\n";
  }
  return problems ? 1 : 0;
}

int RunText(const TextArgs& a) {
  if (a.jsonl) return RunJsonl(a);
  auto bytes = ReadInputBytes(a.path);
  if (!bytes.ok()) {
    Report(a.path, bytes.status().message());
    return 2;
  }
  Document d;
  d.text = std::move(*bytes);
  d.lang = a.lang;
  const bool detected = d.lang.empty();
  const auto sentences = AnalyzeText(d);
  std::cout << "lang " << d.lang << (detected ? " (detected)" : " (given)") << ", " << sentences.size()
            << " sentence(s), " << d.text.size() << " bytes\n";
  std::cout << SentencesTable(d.text, sentences);
  return 0;
}

}  // namespace

Action AddText(CLI::App& app) {
  auto a = std::make_shared<TextArgs>();
  app.add_option("input", a->path, "Text file (.gz/.zst too), or '-' for stdin");
  app.add_flag("--jsonl", a->jsonl,
               "Input lines {\"id\",\"text\",\"lang\"?}; output one {\"id\",\"lang\",\"sentences\"} line per input line, in order");
  app.add_option("--lang", a->lang, "Language of the input (ISO 639-1), instead of detecting it");
  return [a] { return RunText(*a); };
}

}  // namespace dyad::cli

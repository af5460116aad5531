// dyad extract: what extraction keeps of each input (and, with --explain, what it drops
// and why). Thin: reading is input/documents.h, extraction is extract/extract.h.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/data_dir.h"
#include "extract/extract.h"
#include "input/documents.h"
#include "text/langid.h"

namespace dyad::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string format = "json";
  bool explain = false;
};

std::string Excerpt(const std::string& s, size_t max = 100) {
  std::string out;
  for (char c : s) out.push_back(c == '\n' ? ' ' : c);
  if (out.size() <= max) return out;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  return out.substr(0, cut) + "…";
}

void PrintExplain(const Document& d, const ExtractDetails& det) {
  std::cout << fmt::format("== {}\n", d.origin);
  std::cout << fmt::format(
      "title:  {}\nurl:    {}\ndate:   {}{}\nauthor: {}\nsite:   {}\nlang:   {}\n", d.title, d.url,
      d.date.empty() ? "unknown" : d.date,
      det.date_source.empty() ? "" : " (" + det.date_source + ")", det.author, det.site, d.lang);
  if (!det.container.empty() || !det.text_source.empty())
    std::cout << fmt::format("text:   from {}{}\n", det.text_source,
                             det.container.empty() ? "" : " <" + det.container + ">");
  for (const auto& b : det.blocks)
    std::cout << (b.kept ? "  + " : "  - ") << Excerpt(b.text)
              << (b.kept ? "" : "\n      dropped: " + b.reason) << "\n";
  for (const auto& l : det.dropped)
    std::cout << "  - " << Excerpt(l.text) << "\n      dropped: " << l.reason << "\n";
  std::cout << "\n";
}

int RunExtract(const ExtractArgs& a) {
  if (a.format != "json" && a.format != "text") {
    Report("--format", "\"" + a.format + "\" is not json or text");
    return 2;
  }
  auto furniture = FurniturePhrases::Load(DataDir() + "/furniture");
  if (!furniture.ok()) {
    Report(DataDir() + "/furniture", furniture.status().message());
    return 2;
  }
  int failures = 0;
  std::vector<InputProblem> problems;
  const std::vector<std::string> files = ExpandPaths(a.paths, &problems);
  auto report = [&](const InputProblem& p) {
    Report(p.path, p.reason);
    ++failures;
    if (a.format == "json" && !a.explain)
      std::cout << nlohmann::json{{"file", p.path}, {"text", ""}, {"error", p.reason}}.dump()
                << "\n";
  };
  for (const auto& p : problems) report(p);
  bool first = true;
  for (const auto& path : files) {
    auto reader = DocumentReader::Open(path);
    while (true) {
      problems.clear();
      std::optional<RawDocument> raw = reader->Next(&problems);
      for (const auto& p : problems) report(p);
      if (!raw) break;
      ExtractDetails det;
      auto doc = Extract(*raw, **furniture, &det);
      if (!doc.ok()) {
        // The metadata found is still worth showing next to the error.
        Report(raw->origin, doc.status().message());
        ++failures;
        const Document& p = det.partial;
        if (a.explain) {
          PrintExplain(p, det);
        } else if (a.format == "json") {
          const nlohmann::json j{
              {"file", raw->origin}, {"url", p.url},         {"title", p.title},
              {"date", p.date},      {"author", det.author}, {"site", det.site},
              {"lang", p.lang},      {"text", ""},           {"error", doc.status().message()}};
          std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        }
        continue;
      }
      Document& d = *doc;
      if (d.lang.empty() || d.lang == "un") d.lang = DetectLanguage(d.text);
      if (a.explain) {
        PrintExplain(d, det);
      } else if (a.format == "json") {
        const nlohmann::json j{{"file", d.origin}, {"url", d.url},         {"title", d.title},
                               {"date", d.date},   {"author", det.author}, {"site", det.site},
                               {"lang", d.lang},   {"text", d.text}};
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      } else {
        if (!first) std::cout << "\n";
        if (files.size() > 1 || reader->records() > 0) std::cout << "==> " << d.origin << " <==\n";
        std::cout << d.text << "\n";
      }
      first = false;
    }
  }
  return failures ? 1 : 0;
}

}  // namespace

Action AddExtract(CLI::App& app) {
  auto a = std::make_shared<ExtractArgs>();
  app.add_option("paths", a->paths, "HTML, text, JSON Lines or WARC files (or directories, or -)")
      ->required();
  app.add_option("--format", a->format, "json: one object per article; text: the article text")
      ->capture_default_str();
  app.add_flag("--explain", a->explain, "Show every block of the page, kept or dropped, and why");
  return [a] { return RunExtract(*a); };
}

}  // namespace dyad::cli

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "core/dates.h"
#include "pipeline/ingest.h"

namespace dyad::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db, date;
  std::vector<std::string> lexicons;
  int threads = 0;
  bool quiet = false, verbose = false;
};

void DrawProgress(const IngestProgress& p) {
  const int width = 30;
  const double frac = p.files_total ? static_cast<double>(p.files_done) / p.files_total : 0;
  const int fill = static_cast<int>(frac * width);
  std::string bar(fill, '#');
  bar += std::string(width - fill, '.');
  std::cerr << fmt::format("\r[{}] {}/{} files, {} articles, {:.1f} MB ", bar, p.files_done,
                           p.files_total, p.documents, p.bytes / 1e6)
            << std::flush;
}

int RunIngest(const IngestArgs& a) {
  if (!a.date.empty() && !IsValidDate(a.date)) {
    Report("--date", "\"" + a.date + "\" is not a valid YYYY-MM-DD date");
    return 2;
  }
  Resources r = LoadResourcesOrExit(a.lexicons, a.verbose);
  const std::string db = DbPath(a.db);
  auto store = Store::Open(db);
  if (!store.ok()) {
    std::cerr << "dyad: " << store.status().message() << "\n";
    return 2;
  }
  IngestOptions opt;
  opt.paths = a.paths;
  opt.date = a.date;
  opt.threads = a.threads;
  const bool bar = !a.quiet && StderrIsTerminal();
  bool drew = false;
  auto on_problem = [&](const InputProblem& p) {
    if (drew) std::cerr << "\r\033[K";
    Report(p.path, p.reason);
  };
  std::function<void(const IngestProgress&)> on_progress;
  if (bar)
    on_progress = [&](const IngestProgress& p) {
      DrawProgress(p);
      drew = true;
    };
  auto rep = Ingest(opt, r, **store, on_problem, on_progress);
  if (drew) std::cerr << "\n";
  if (!rep.ok()) {
    std::cerr << "dyad: " << db << ": " << rep.status().message() << "\n";
    return 2;
  }
  if (!a.quiet) {
    std::string langs;
    for (const auto& [l, n] : rep->languages) langs += fmt::format("{}{} {}", langs.empty() ? "" : ", ", l, n);
    const double secs = std::max(rep->seconds, 1e-6);
    std::cout << fmt::format(
        "ingested {} file(s): {} article(s) read, {} stored, {} already stored, {} event(s), {} problem(s)\n"
        "languages: {}\n"
        "{:.2f} s: {:.0f} articles/s, {:.2f} MB/s, into {}\n",
        rep->files, rep->documents, rep->stored, rep->duplicates, rep->events, rep->problems,
        langs.empty() ? "-" : langs, rep->seconds, rep->documents / secs, rep->bytes / 1e6 / secs, db);
  }
  return rep->problems ? 1 : 0;
}

}  // namespace

Action AddIngest(CLI::App& app) {
  auto a = std::make_shared<IngestArgs>();
  app.add_option("paths", a->paths,
                 "Files or directories (recursive) of plain text, HTML or JSON Lines, optionally "
                 ".gz/.zst; '-' reads stdin")
      ->required();
  app.add_option("--db", a->db, "SQLite database (default: $DYAD_DB or ./dyad.db)");
  app.add_option("--date", a->date, "Publication date YYYY-MM-DD for every article read");
  app.add_option("--lexicon", a->lexicons, "Extra actor dictionary directory (repeatable)");
  app.add_option("--threads", a->threads, "Worker threads (default: all cores)");
  app.add_flag("-q,--quiet", a->quiet, "No progress bar and no summary");
  app.add_flag("-v,--verbose", a->verbose, "List skipped data lines");
  return [a] { return RunIngest(*a); };
}

}  // namespace dyad::cli

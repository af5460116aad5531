#include "pipeline/ingest.h"

#include <chrono>
#include <memory>

#include "input/documents.h"
#include "pipeline/run.h"

namespace dyad {

Result<IngestReport> Ingest(const IngestOptions& opt, const Resources& r, Store& store,
                            const std::function<void(const InputProblem&)>& on_problem,
                            const std::function<void(const IngestProgress&)>& on_progress) {
  const auto t0 = std::chrono::steady_clock::now();
  IngestReport rep;
  std::vector<InputProblem> problems;
  const std::vector<std::string> files = ExpandPaths(opt.paths, &problems);
  for (const auto& p : problems) on_problem(p);
  rep.problems += problems.size();
  rep.files = files.size();

  IngestProgress prog;
  prog.files_total = files.size();
  size_t next_file = 0;
  std::unique_ptr<DocumentReader> reader;
  // Reader: files one at a time; their documents one at a time (a WARC file is streamed
  // record by record, so memory stays bounded whatever its size).
  auto next = [&]() -> std::optional<RawDocument> {
    while (true) {
      if (!reader) {
        if (next_file >= files.size()) return std::nullopt;
        reader = DocumentReader::Open(files[next_file++], ReadOptions{.date = opt.date});
        prog.files_done = next_file;
      }
      std::vector<InputProblem> file_problems;
      std::optional<RawDocument> d = reader->Next(&file_problems);
      for (const auto& p : file_problems) on_problem(p);
      rep.problems += file_problems.size();
      if (!d) {
        reader.reset();
        continue;
      }
      if (!opt.date.empty()) d->date = opt.date;
      return d;
    }
  };
  Status failure;
  size_t in_batch = 0;
  auto last_progress = std::chrono::steady_clock::now();
  auto sink = [&](ProcessedDocument&& p) {
    if (!failure.ok()) return;
    ++rep.documents;
    rep.bytes += p.bytes;
    prog.documents = rep.documents;
    prog.bytes = rep.bytes;
    if (!p.error.empty()) {
      on_problem({p.origin, p.error});
      ++rep.problems;
      return;
    }
    ++rep.languages[p.doc.lang];
    if (in_batch == 0) {
      if (Status s = store.Begin(); !s.ok()) {
        failure = s;
        return;
      }
    }
    auto fresh = store.InsertDocument(p.doc);
    if (!fresh.ok()) {
      failure = fresh.status();
      return;
    }
    if (*fresh) {
      ++rep.stored;
      for (const auto& e : p.events) {
        if (Status s = store.InsertEvent(e); !s.ok()) {
          failure = s;
          return;
        }
      }
      rep.events += p.events.size();
    } else {
      ++rep.duplicates;
    }
    if (++in_batch >= opt.batch) {
      in_batch = 0;
      if (Status s = store.Commit(); !s.ok()) failure = s;
    }
    const auto now = std::chrono::steady_clock::now();
    if (on_progress && now - last_progress > std::chrono::milliseconds(100)) {
      last_progress = now;
      on_progress(prog);
    }
  };
  RunPipeline(next, r, sink, opt.threads);
  if (!failure.ok()) {
    if (in_batch > 0) store.Rollback();
    return failure;
  }
  if (in_batch > 0) {
    if (Status s = store.Commit(); !s.ok()) return s;
  }
  if (on_progress) on_progress(prog);
  rep.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return rep;
}

}  // namespace dyad

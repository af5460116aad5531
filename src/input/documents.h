// Turns the bytes of one input file into raw documents: plain text, HTML, JSON Lines
// or WARC.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "input/paths.h"

namespace dyad {

// "html", "jsonl" or "text", from the file name (ignoring .gz/.zst) and, when the name
// says nothing, from the content.
std::string DetectFormat(const std::string& path, const std::string& bytes);

// Parses bytes read from path. A file-level problem (empty, binary, invalid UTF-8 in
// text or JSON Lines) yields no documents and one problem; in JSON Lines each malformed
// line is one problem ("path:line") and the other lines are still read; in a WARC file
// each bad record is one problem and the other records are still read. HTML in another
// charset than UTF-8 is converted (input/charset.h).
//
// Dates: JSON Lines "date" fields are kept; plain text gets a date in the file name; an
// HTML file gets none here (extraction reads the page's own date first, then the file
// name); a WARC record gets its capture date (WARC-Date) and format "warc", which tells
// extraction that the page's own date comes first.
std::vector<RawDocument> ParseDocuments(const std::string& path, const std::string& bytes,
                                        std::vector<InputProblem>* problems);

struct ReadOptions {
  // When set, every document gets this date, whatever the page or record says.
  std::string date;
  // Decompressed bytes a non-WARC file may have (a decompression bomb is refused).
  size_t max_bytes = size_t{1} << 31;
};

// Reads the documents of one input file one at a time. A WARC file is streamed record
// by record, in bounded memory whatever its size; other files are read whole (they hold
// one article, or lines of JSON). Not thread-safe: one reader per thread.
class DocumentReader {
 public:
  // path "-" reads stdin. Never fails: a file that cannot be opened is reported by the
  // first Next().
  static std::unique_ptr<DocumentReader> Open(const std::string& path, const ReadOptions& opt = {});
  ~DocumentReader();

  // The next document, or nullopt when the file is done. Problems met on the way (a bad
  // record, a bad line, an unreadable file) are appended to *problems.
  std::optional<RawDocument> Next(std::vector<InputProblem>* problems);

  // Records seen and HTML pages found in them (WARC only).
  int records() const { return records_; }
  int pages() const { return pages_; }

 private:
  DocumentReader() = default;
  void Start(std::vector<InputProblem>* problems);

  std::string path_;
  ReadOptions opt_;
  bool started_ = false;
  struct Warc;
  std::unique_ptr<Warc> warc_;     // streaming a WARC file
  std::vector<RawDocument> docs_;  // or the documents of a whole file
  size_t next_doc_ = 0;
  int records_ = 0, pages_ = 0;
};

}  // namespace dyad

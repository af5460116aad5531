// WARC files (WARC/1.0 and WARC/1.1, ISO 28500): web archives of crawled pages, plain,
// gzip-compressed per record or as a whole, or zstd. Read as a stream, one record at a
// time, so a file of any size is read in memory bounded by the largest record kept.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "input/byte_stream.h"

namespace dyad {

struct WarcRecord {
  int number = 0;            // 1-based position in the file
  uint64_t offset = 0;       // offset of the record in the decompressed stream
  std::string version;       // "WARC/1.0", "WARC/1.1"
  std::string type;          // WARC-Type: response, resource, request, metadata, ...
  std::string target_uri;    // WARC-Target-URI
  std::string date;          // WARC-Date, as written (ISO 8601)
  std::string content_type;  // Content-Type of the block
  std::string payload_type;  // WARC-Identified-Payload-Type, when given
  std::string block;         // the record's content block
};

class WarcReader {
 public:
  // Records with a larger block are skipped (and reported): memory stays bounded.
  static constexpr uint64_t kMaxRecordBytes = uint64_t{64} << 20;

  explicit WarcReader(std::unique_ptr<ByteStream> in, uint64_t max_record_bytes = kMaxRecordBytes)
      : in_(std::move(in)), max_record_(max_record_bytes) {}

  enum class Next { kRecord, kProblem, kEnd };
  // kRecord: *rec holds the next record. kProblem: a record was bad (truncated, corrupt
  // compression, missing or wrong Content-Length, too large); *problem says why and the
  // reader has moved on to where the next record should start: call Next again.
  // kEnd: nothing more.
  Next Read(WarcRecord* rec, std::string* problem);

 private:
  // Skips to the next line that starts a record ("WARC/1."); false at the end.
  bool Resync();

  std::unique_ptr<ByteStream> in_;
  uint64_t max_record_;
  int number_ = 0;
  std::string line_;
  bool have_line_ = false;  // line_ holds a record's first line already read
};

// True when bytes (decompressed) begin like a WARC file.
bool LooksLikeWarc(std::string_view head);

// An HTML page found in a WARC record: the HTTP response of a "response" record, or the
// block of a "resource" record.
struct WarcPage {
  std::string url;
  std::string date;     // YYYY-MM-DD from WARC-Date, or empty
  std::string html;     // the page, converted to UTF-8
  std::string charset;  // the charset it was read as
};

// What to do with a record: kPage (*page filled), kSkip (not an HTML page: requests,
// metadata, images, redirects and errors; *why says which), or kBad (an HTML page that
// cannot be read: broken HTTP or compression; *why says why).
enum class WarcPageResult { kPage, kSkip, kBad };
WarcPageResult PageOfRecord(const WarcRecord& rec, WarcPage* page, std::string* why);

}  // namespace dyad

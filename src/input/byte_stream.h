// A file read as a stream of decompressed bytes, in bounded memory: gzip (one member or
// many, as in .warc.gz where every record is its own member), zstd, or plain bytes,
// detected by content.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace dyad {

class ByteStream {
 public:
  // path "-" reads stdin. Fails when the file cannot be opened.
  static Result<std::unique_ptr<ByteStream>> Open(const std::string& path);
  // Reads from a buffer the caller keeps alive (tests, fuzzing, data already in memory).
  static std::unique_ptr<ByteStream> FromMemory(std::string_view bytes);
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Up to n decompressed bytes into out (replacing its content); false at the end.
  // A corrupt gzip member is reported through TakeProblem() once, and reading resumes at
  // the next gzip member, so one bad record of a .warc.gz does not lose the rest; a read
  // that reaches the corrupt stretch stops short there (as does ReadLine and Skip).
  bool Read(size_t n, std::string* out);
  // The next line without its "\n" (and "\r"), at most max bytes (longer lines are cut
  // and the rest skipped); false at the end.
  bool ReadLine(std::string* line, size_t max = 1 << 16);
  // Skips n bytes; returns how many were skipped.
  uint64_t Skip(uint64_t n);
  // The first bytes of the decompressed stream, without consuming them.
  std::string_view Peek(size_t n);

  // Decompressed bytes consumed so far.
  uint64_t position() const { return position_; }
  // Raw (compressed) bytes read from the file so far.
  uint64_t raw_position() const { return raw_consumed_; }
  // Counts the places where corrupt data was skipped; a reader of records compares it
  // before and after a record to know whether the record is whole.
  int discontinuities() const { return discontinuities_; }
  // The last problem (corrupt or truncated compressed data), cleared by TakeProblem.
  std::string TakeProblem();

 private:
  ByteStream() = default;
  enum class Codec { kUnknown, kPlain, kGzip, kZstd };
  bool Fill();        // decompresses more into out_buf_; false at the end
  bool RefillRaw();   // reads more raw bytes; false at the end of the file
  bool ResyncGzip();  // skips to the next gzip member header after corrupt data
  void Detect();

  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::string_view memory_;
  bool from_memory_ = false;
  bool raw_eof_ = false;

  std::string raw_buf_;  // raw bytes read but not yet decompressed: raw_buf_[raw_pos_..]
  size_t raw_pos_ = 0;
  uint64_t raw_consumed_ = 0;
  std::string out_buf_;  // decompressed bytes not yet consumed: out_buf_[out_pos_..]
  size_t out_pos_ = 0;
  uint64_t position_ = 0;

  Codec codec_ = Codec::kUnknown;
  struct ZState;
  std::unique_ptr<ZState> z_;
  bool member_open_ = false;  // gzip: inside a member
  bool done_ = false;
  int discontinuities_ = 0;
  // Where the bytes before corrupt data end (a position): reads stop there once, so the
  // bytes after a skipped stretch never join those before it.
  uint64_t break_pos_ = UINT64_MAX;
  std::string problem_;
  // Bytes that may be consumed now without crossing break_pos_.
  size_t Available() const;
  // At break_pos_: clears it and returns true (the current read must stop).
  bool AtBreak();
};

}  // namespace dyad

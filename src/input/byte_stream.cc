#include "input/byte_stream.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>

namespace dyad {

namespace {
constexpr size_t kRawChunk = 1 << 18;  // bytes read from the file at a time
constexpr size_t kOutChunk = 1 << 16;  // bytes decompressed at a time
}  // namespace

struct ByteStream::ZState {
  z_stream gz{};
  bool gz_init = false;
  ZSTD_DStream* zs = nullptr;
  ~ZState() {
    if (gz_init) inflateEnd(&gz);
    if (zs) ZSTD_freeDStream(zs);
  }
};

Result<std::unique_ptr<ByteStream>> ByteStream::Open(const std::string& path) {
  std::unique_ptr<ByteStream> s(new ByteStream());
  if (path == "-") {
    s->file_ = stdin;
  } else {
    s->file_ = std::fopen(path.c_str(), "rb");
    if (!s->file_) return Result<std::unique_ptr<ByteStream>>::Error(std::strerror(errno));
    s->owns_file_ = true;
  }
  return s;
}

std::unique_ptr<ByteStream> ByteStream::FromMemory(std::string_view bytes) {
  std::unique_ptr<ByteStream> s(new ByteStream());
  s->memory_ = bytes;
  s->from_memory_ = true;
  return s;
}

ByteStream::~ByteStream() {
  if (owns_file_ && file_) std::fclose(file_);
}

std::string ByteStream::TakeProblem() { return std::exchange(problem_, std::string()); }

bool ByteStream::RefillRaw() {
  if (raw_eof_) return false;
  if (from_memory_) {
    // The whole buffer is the raw input: hand it over once.
    raw_buf_.assign(memory_.data(), memory_.size());
    raw_pos_ = 0;
    raw_eof_ = true;
    return !memory_.empty();
  }
  if (raw_pos_ > 0) {
    raw_buf_.erase(0, raw_pos_);
    raw_pos_ = 0;
  }
  const size_t old = raw_buf_.size();
  raw_buf_.resize(old + kRawChunk);
  const size_t n = std::fread(raw_buf_.data() + old, 1, kRawChunk, file_);
  raw_buf_.resize(old + n);
  if (n == 0) {
    raw_eof_ = true;
    if (std::ferror(file_)) problem_ = std::string("read error: ") + std::strerror(errno);
    return false;
  }
  return true;
}

void ByteStream::Detect() {
  while (raw_buf_.size() - raw_pos_ < 4 && RefillRaw()) {
  }
  const std::string_view r(raw_buf_.data() + raw_pos_, raw_buf_.size() - raw_pos_);
  z_ = std::make_unique<ZState>();
  if (r.size() >= 2 && static_cast<unsigned char>(r[0]) == 0x1f &&
      static_cast<unsigned char>(r[1]) == 0x8b) {
    codec_ = Codec::kGzip;
    // 16 + MAX_WBITS: gzip wrapper.
    if (inflateInit2(&z_->gz, 16 + MAX_WBITS) == Z_OK) z_->gz_init = true;
  } else if (r.size() >= 4 && static_cast<unsigned char>(r[0]) == 0x28 &&
             static_cast<unsigned char>(r[1]) == 0xb5 && static_cast<unsigned char>(r[2]) == 0x2f &&
             static_cast<unsigned char>(r[3]) == 0xfd) {
    codec_ = Codec::kZstd;
    z_->zs = ZSTD_createDStream();
    ZSTD_initDStream(z_->zs);
  } else {
    codec_ = Codec::kPlain;
  }
}

bool ByteStream::ResyncGzip() {
  // Look for the next gzip header (1f 8b 08: magic and deflate) after where inflate
  // stopped, reading on as needed; one byte is skipped first so that a header that
  // failed where it stands is not tried again.
  if (raw_pos_ < raw_buf_.size()) ++raw_pos_, ++raw_consumed_;
  while (true) {
    const std::string_view r(raw_buf_.data() + raw_pos_, raw_buf_.size() - raw_pos_);
    for (size_t i = 0; i + 2 < r.size(); ++i) {
      if (static_cast<unsigned char>(r[i]) == 0x1f &&
          static_cast<unsigned char>(r[i + 1]) == 0x8b && r[i + 2] == 0x08) {
        raw_consumed_ += i;
        raw_pos_ += i;
        return true;
      }
    }
    // Keep the last two bytes: a header may straddle the chunk boundary.
    const size_t keep = std::min<size_t>(2, r.size());
    raw_consumed_ += r.size() - keep;
    raw_pos_ += r.size() - keep;
    if (!RefillRaw()) return false;
  }
}

bool ByteStream::Fill() {
  if (done_) return false;
  if (codec_ == Codec::kUnknown) Detect();
  if (out_pos_ > 0) {
    out_buf_.erase(0, out_pos_);
    out_pos_ = 0;
  }
  const size_t before = out_buf_.size();
  if (codec_ == Codec::kPlain) {
    if (raw_pos_ >= raw_buf_.size() && !RefillRaw()) {
      done_ = true;
      return false;
    }
    out_buf_.append(raw_buf_, raw_pos_, std::string::npos);
    raw_consumed_ += raw_buf_.size() - raw_pos_;
    raw_pos_ = raw_buf_.size();
    return true;
  }
  while (out_buf_.size() == before) {
    if (raw_pos_ >= raw_buf_.size() && !RefillRaw()) {
      if (member_open_) {
        problem_ = codec_ == Codec::kGzip ? "truncated gzip stream" : "truncated zstd stream";
        break_pos_ = position_ + (out_buf_.size() - out_pos_);
        ++discontinuities_;
      }
      done_ = true;
      return false;
    }
    const size_t avail = raw_buf_.size() - raw_pos_;
    if (codec_ == Codec::kGzip) {
      if (!z_->gz_init) {
        problem_ = "zlib init failed";
        done_ = true;
        return false;
      }
      if (!member_open_) {
        // Between members: another member, zero padding, or junk.
        const unsigned char c0 = static_cast<unsigned char>(raw_buf_[raw_pos_]);
        if (c0 == 0) {
          ++raw_pos_, ++raw_consumed_;
          continue;
        }
        if (avail < 2 && RefillRaw()) continue;
        if (c0 != 0x1f || raw_pos_ + 1 >= raw_buf_.size() ||
            static_cast<unsigned char>(raw_buf_[raw_pos_ + 1]) != 0x8b) {
          problem_ =
              "unexpected data between gzip members at byte " + std::to_string(raw_consumed_);
          break_pos_ = position_ + (out_buf_.size() - out_pos_);
          ++discontinuities_;
          if (!ResyncGzip()) {
            done_ = true;
            return false;
          }
          return out_buf_.size() > before || Fill();
        }
        inflateReset(&z_->gz);
        member_open_ = true;
      }
      const size_t start = out_buf_.size();
      out_buf_.resize(start + kOutChunk);
      z_->gz.next_in = reinterpret_cast<Bytef*>(raw_buf_.data() + raw_pos_);
      z_->gz.avail_in = static_cast<uInt>(avail);
      z_->gz.next_out = reinterpret_cast<Bytef*>(out_buf_.data() + start);
      z_->gz.avail_out = kOutChunk;
      const uint64_t member_start = raw_consumed_;
      const int rc = inflate(&z_->gz, Z_NO_FLUSH);
      const size_t used = avail - z_->gz.avail_in;
      raw_pos_ += used;
      raw_consumed_ += used;
      out_buf_.resize(start + kOutChunk - z_->gz.avail_out);
      if (rc == Z_STREAM_END) {
        member_open_ = false;
      } else if (rc == Z_BUF_ERROR) {
        // No progress possible with this input: need more raw bytes (loop refills).
        if (used == 0 && z_->gz.avail_out == kOutChunk && raw_pos_ < raw_buf_.size()) RefillRaw();
      } else if (rc != Z_OK) {
        break_pos_ = position_ + (out_buf_.size() - out_pos_);
        problem_ = std::string("corrupt gzip data near byte ") + std::to_string(member_start) +
                   (z_->gz.msg ? std::string(" (") + z_->gz.msg + ")" : "");
        ++discontinuities_;
        member_open_ = false;
        if (!ResyncGzip()) {
          done_ = true;
          return out_buf_.size() > before;
        }
        return true;  // the caller sees the discontinuity and what came before it
      }
    } else {
      const size_t start = out_buf_.size();
      out_buf_.resize(start + kOutChunk);
      ZSTD_inBuffer in{raw_buf_.data() + raw_pos_, avail, 0};
      ZSTD_outBuffer ob{out_buf_.data() + start, kOutChunk, 0};
      const size_t rc = ZSTD_decompressStream(z_->zs, &ob, &in);
      raw_pos_ += in.pos;
      raw_consumed_ += in.pos;
      out_buf_.resize(start + ob.pos);
      if (ZSTD_isError(rc)) {
        problem_ = std::string("corrupt zstd stream: ") + ZSTD_getErrorName(rc);
        break_pos_ = position_ + (out_buf_.size() - out_pos_);
        ++discontinuities_;
        done_ = true;
        return out_buf_.size() > before;
      }
      member_open_ = rc != 0;  // 0: a frame is complete
    }
  }
  return true;
}

size_t ByteStream::Available() const {
  const size_t buffered = out_buf_.size() - out_pos_;
  if (break_pos_ == UINT64_MAX) return buffered;
  return static_cast<size_t>(std::min<uint64_t>(buffered, break_pos_ - position_));
}

bool ByteStream::AtBreak() {
  if (position_ != break_pos_) return false;
  break_pos_ = UINT64_MAX;
  return true;
}

std::string_view ByteStream::Peek(size_t n) {
  while (out_buf_.size() - out_pos_ < n && break_pos_ == UINT64_MAX && Fill()) {
  }
  return std::string_view(out_buf_.data() + out_pos_, std::min(n, Available()));
}

bool ByteStream::Read(size_t n, std::string* out) {
  out->clear();
  while (out->size() < n) {
    if (AtBreak()) break;
    if (out_pos_ >= out_buf_.size() && !Fill()) {
      if (AtBreak() || out_pos_ >= out_buf_.size()) break;
    }
    const size_t take = std::min(n - out->size(), Available());
    out->append(out_buf_, out_pos_, take);
    out_pos_ += take;
    position_ += take;
  }
  return !out->empty();
}

bool ByteStream::ReadLine(std::string* line, size_t max) {
  line->clear();
  bool any = false;
  while (true) {
    if (any && AtBreak()) break;
    if (out_pos_ >= out_buf_.size() && !Fill()) {
      if (out_pos_ >= out_buf_.size()) break;
    }
    const size_t avail = Available();
    if (avail == 0) {
      if (AtBreak()) {
        if (any) break;
        continue;
      }
      continue;
    }
    any = true;
    const char* begin = out_buf_.data() + out_pos_;
    const void* nl = std::memchr(begin, '\n', avail);
    const size_t len = nl ? static_cast<const char*>(nl) - begin : avail;
    if (line->size() < max) line->append(begin, std::min(len, max - line->size()));
    out_pos_ += len;
    position_ += len;
    if (nl) {
      ++out_pos_;
      ++position_;
      break;
    }
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return any;
}

uint64_t ByteStream::Skip(uint64_t n) {
  uint64_t skipped = 0;
  while (skipped < n) {
    if (AtBreak()) break;
    if (out_pos_ >= out_buf_.size() && !Fill()) {
      if (AtBreak() || out_pos_ >= out_buf_.size()) break;
    }
    const size_t take = static_cast<size_t>(std::min<uint64_t>(n - skipped, Available()));
    out_pos_ += take;
    position_ += take;
    skipped += take;
  }
  return skipped;
}

}  // namespace dyad

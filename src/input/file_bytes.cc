#include "input/file_bytes.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace dyad {
namespace {

Result<std::string> ReadRaw(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Result<std::string>::Error(std::strerror(errno));
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  const bool failed = std::ferror(f);
  const int err = errno;
  std::fclose(f);
  if (failed) return Result<std::string>::Error(std::string("read error: ") + std::strerror(err));
  return data;
}

bool IsGzip(const std::string& s) {
  return s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0x1f &&
         static_cast<unsigned char>(s[1]) == 0x8b;
}

bool IsZstd(const std::string& s) {
  return s.size() >= 4 && static_cast<unsigned char>(s[0]) == 0x28 &&
         static_cast<unsigned char>(s[1]) == 0xb5 && static_cast<unsigned char>(s[2]) == 0x2f &&
         static_cast<unsigned char>(s[3]) == 0xfd;
}

}  // namespace

Result<std::string> Gunzip(const std::string& in, size_t max_bytes) {
  z_stream zs{};
  // 16 + MAX_WBITS: gzip wrapper; concatenated members are handled by the loop below.
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return Result<std::string>::Error("zlib init failed");
  std::string out;
  char buf[1 << 16];
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  int rc = Z_OK;
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&zs);
      return Result<std::string>::Error("decompressed size exceeds the limit");
    }
    if (rc == Z_STREAM_END) {
      if (zs.avail_in == 0) break;
      inflateReset(&zs);  // another gzip member follows
      continue;
    }
    if (rc != Z_OK) break;
    if (zs.avail_in == 0 && zs.avail_out != 0) {
      rc = Z_BUF_ERROR;  // input ended inside the stream
      break;
    }
  }
  inflateEnd(&zs);
  if (rc == Z_STREAM_END) return out;
  if (rc == Z_BUF_ERROR) return Result<std::string>::Error("truncated gzip stream");
  return Result<std::string>::Error(std::string("corrupt gzip stream") +
                                    (zs.msg ? std::string(": ") + zs.msg : ""));
}

Result<std::string> Unzstd(const std::string& in, size_t max_bytes) {
  ZSTD_DStream* ds = ZSTD_createDStream();
  ZSTD_initDStream(ds);
  std::string out;
  std::string buf(ZSTD_DStreamOutSize(), '\0');
  ZSTD_inBuffer ib{in.data(), in.size(), 0};
  size_t rc = 1;
  while (ib.pos < ib.size) {
    ZSTD_outBuffer ob{buf.data(), buf.size(), 0};
    rc = ZSTD_decompressStream(ds, &ob, &ib);
    if (ZSTD_isError(rc)) {
      const std::string msg = ZSTD_getErrorName(rc);
      ZSTD_freeDStream(ds);
      return Result<std::string>::Error("corrupt zstd stream: " + msg);
    }
    out.append(buf.data(), ob.pos);
    if (out.size() > max_bytes) {
      ZSTD_freeDStream(ds);
      return Result<std::string>::Error("decompressed size exceeds the limit");
    }
  }
  ZSTD_freeDStream(ds);
  if (rc != 0) return Result<std::string>::Error("truncated zstd stream");
  return out;
}

Result<std::string> ReadInputBytes(const std::string& path, size_t max_bytes) {
  auto raw = ReadRaw(path);
  if (!raw.ok()) return raw;
  if (IsGzip(*raw)) return Gunzip(*raw, max_bytes);
  if (IsZstd(*raw)) return Unzstd(*raw, max_bytes);
  return raw;
}

}  // namespace dyad

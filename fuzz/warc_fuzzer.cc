// libFuzzer target: the WARC reader (decompression, record framing, HTTP payloads,
// charsets) on arbitrary bytes. Must never crash, hang or leak, and must always end.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "input/warc.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // A small record limit so that the skip path is exercised too.
  dyad::WarcReader reader(dyad::ByteStream::FromMemory(bytes), 1 << 16);
  dyad::WarcRecord rec;
  std::string why;
  // Every call consumes input, so this ends; the bound is a second safety net.
  for (size_t calls = 0; calls <= size + 2; ++calls) {
    const auto next = reader.Read(&rec, &why);
    if (next == dyad::WarcReader::Next::kEnd) break;
    if (next == dyad::WarcReader::Next::kRecord) {
      dyad::WarcPage page;
      (void)dyad::PageOfRecord(rec, &page, &why);
    }
  }
  return 0;
}

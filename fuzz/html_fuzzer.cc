// libFuzzer target: the HTML extractor (parse, metadata, JSON-LD, dates, main text) on
// arbitrary bytes. Must never crash, hang or leak, whatever the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/date_parse.h"
#include "extract/html_text.h"

namespace {

const dyad::FurniturePhrases& Phrases() {
  static const std::shared_ptr<const dyad::FurniturePhrases> p = [] {
    auto r = dyad::FurniturePhrases::Load(DYAD_SOURCE_DIR "/data/furniture");
    return r.ok() ? *r : dyad::FurniturePhrases::Empty();
  }();
  return *p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::HtmlArticle a = dyad::ExtractHtml(bytes, Phrases(), "https://fuzz.example/2020/01/02/x");
  (void)a;
  // The date reader on its own, as it meets meta values and text.
  (void)dyad::ParseDate(bytes.substr(0, 256));
  (void)dyad::DateInUrl(bytes.substr(0, 256));
  return 0;
}

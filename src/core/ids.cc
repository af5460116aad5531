#include "core/ids.h"

#include <xxhash.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>

namespace dyad {

namespace {

std::string Hex16(XXH64_hash_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

std::string HashHex(std::string_view bytes) {
  return Hex16(XXH3_64bits(bytes.data(), bytes.size()));
}

std::string DocumentId(std::string_view url, std::string_view text) {
  if (!url.empty()) return HashHex(std::string("url:").append(url));
  // The hash of "text:" and the text with each run of white space inside it as one ' '
  // (none at either end), fed to XXH3's streaming state through a buffer on the stack:
  // this runs once per article, over all of it, and a copy of the article cost a
  // malloc and a memcpy per word.
  static constexpr auto kSpace = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = true;
    return t;
  }();
  const std::unique_ptr<XXH3_state_t, XXH_errorcode (*)(XXH3_state_t*)> state(XXH3_createState(),
                                                                              XXH3_freeState);
  XXH3_64bits_reset(state.get());
  char buf[4096];
  size_t n = 0;
  auto put = [&](const char* p, size_t len) {
    if (n + len > sizeof buf) {
      XXH3_64bits_update(state.get(), buf, n);
      n = 0;
      if (len > sizeof buf) return void(XXH3_64bits_update(state.get(), p, len));
    }
    std::memcpy(buf + n, p, len);
    n += len;
  };
  put("text:", 5);
  // A table test per byte, and a copy per stretch of text that is already as hashed:
  // words with a single ' ' between them, most of an article, go in whole; the text is
  // cut only at other white space. (The streaming hash does not depend on how its
  // input is cut.)
  const auto space = [&](size_t i) { return kSpace[static_cast<unsigned char>(text[i])]; };
  size_t i = 0;
  while (i < text.size() && space(i)) ++i;
  size_t start = i;  // the stretch being read; it starts and ends with a word's byte
  while (i < text.size()) {
    if (!space(i)) {
      ++i;
    } else if (text[i] == ' ' && i + 1 < text.size() && !space(i + 1)) {
      i += 2;
    } else {
      put(text.data() + start, i - start);
      while (i < text.size() && space(i)) ++i;
      if (i < text.size()) put(" ", 1);
      start = i;
    }
  }
  put(text.data() + start, i - start);
  XXH3_64bits_update(state.get(), buf, n);
  return Hex16(XXH3_64bits_digest(state.get()));
}

}  // namespace dyad

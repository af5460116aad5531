#include "text/stem.h"

#include <libstemmer.h>

#include <map>
#include <memory>

namespace dyad {
namespace {

const char* Algorithm(std::string_view lang) {
  if (lang == "en") return "english";
  if (lang == "ru") return "russian";
  if (lang == "tr") return "turkish";
  if (lang == "fr") return "french";
  if (lang == "de") return "german";
  if (lang == "es") return "spanish";
  return nullptr;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

sb_stemmer* StemmerFor(const char* algorithm) {
  thread_local std::map<std::string, std::unique_ptr<sb_stemmer, StemmerDeleter>> stemmers;
  auto& slot = stemmers[algorithm];
  if (!slot) slot.reset(sb_stemmer_new(algorithm, "UTF_8"));
  return slot.get();
}

}  // namespace

bool HasStemmer(std::string_view lang) { return Algorithm(lang) != nullptr; }

std::string StemWord(std::string_view lang, std::string_view norm) {
  const char* algo = Algorithm(lang);
  if (!algo || norm.empty()) return std::string(norm);
  sb_stemmer* s = StemmerFor(algo);
  if (!s) return std::string(norm);
  const sb_symbol* out =
      sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(norm.data()), static_cast<int>(norm.size()));
  if (!out) return std::string(norm);
  return std::string(reinterpret_cast<const char*>(out), sb_stemmer_length(s));
}

}  // namespace dyad

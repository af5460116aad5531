#include "text/arabic.h"

namespace dyad {
namespace {

// Normalised Arabic letters are two UTF-8 bytes each.
constexpr std::string_view kWaw = "\u0648", kFa = "\u0641", kBa = "\u0628", kLam = "\u0644",
                           kKaf = "\u0643", kAl = "\u0627\u0644", kLamLam = "\u0644\u0644",
                           kSin = "\u0633";
constexpr size_t kMinStemBytes = 4;  // two letters

bool PresentPrefix(std::string_view s) {
  return s.starts_with("\u064A") || s.starts_with("\u062A") || s.starts_with("\u0646") ||
         s.starts_with("\u0627");
}

}  // namespace

bool IsArabicScript(std::string_view w) {
  if (w.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(w[0]);
  return b0 == 0xD8 || b0 == 0xD9 || b0 == 0xDA || b0 == 0xDB;
}

int ArabicStems(std::string_view word, ArabicStem out[8]) {
  int n = 0;
  auto add = [&](std::string_view s, bool future, int stripped) {
    if (n >= 8 || s.size() < kMinStemBytes) return;
    for (int i = 0; i < n; ++i)
      if (out[i].stem == s) return;
    out[n++] = {s, future, stripped};
  };
  add(word, false, 0);
  if (!IsArabicScript(word)) return n;
  // Layer 1: conjunction.
  std::string_view bases[2] = {word, {}};
  int nb = 1;
  if ((word.starts_with(kWaw) || word.starts_with(kFa)) && word.size() - 2 >= kMinStemBytes)
    bases[nb++] = word.substr(2);
  for (int b = 0; b < nb; ++b) {
    std::string_view w = bases[b];
    const int s0 = b;
    if (b > 0) add(w, false, s0);
    // Layer 2: future prefix on verbs.
    if (w.starts_with(kSin) && PresentPrefix(w.substr(2))) add(w.substr(2), true, s0 + 1);
    // Layer 3: لل = ل + ال.
    if (w.starts_with(kLamLam)) add(w.substr(4), false, s0 + 2);
    // Layer 3: preposition, then article.
    std::string_view p = w;
    int s = s0;
    if (w.starts_with(kBa) || w.starts_with(kLam) || w.starts_with(kKaf)) {
      p = w.substr(2);
      s = s0 + 1;
      add(p, false, s);
    }
    if (p.starts_with(kAl)) add(p.substr(4), false, s + 1);
  }
  return n;
}

std::string_view ArabicLexiconForm(std::string_view w) {
  if (IsArabicScript(w) && w.starts_with(kAl) && w.size() - 4 >= kMinStemBytes) return w.substr(4);
  return w;
}

}  // namespace dyad

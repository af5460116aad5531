#include "text/explain.h"

#include "text/arabic.h"

namespace dyad {
namespace {

// Readings worth showing: more than the word itself.
std::vector<std::string> Readings(std::string_view text, const Token& t, std::string_view lang) {
  std::vector<std::string> out;
  if (!t.word || !IsArabicScript(t.norm)) return out;
  const auto segs = ArabicSegments(t.norm, lang, text.substr(t.span.begin, t.span.size()));
  if (segs.size() < 2) return out;
  for (const auto& s : segs) out.push_back(s.ToString());
  return out;
}

std::string OneLine(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return out;
}

}  // namespace

nlohmann::json SentencesJson(std::string_view text, const std::vector<Sentence>& sentences) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : sentences) {
    nlohmann::json js = {{"text", std::string(text.substr(s.span.begin, s.span.size()))},
                         {"lang", s.lang},
                         {"begin", s.span.begin},
                         {"end", s.span.end}};
    nlohmann::json toks = nlohmann::json::array();
    for (const auto& t : s.tokens) {
      nlohmann::json jt = {{"text", std::string(text.substr(t.span.begin, t.span.size()))},
                           {"begin", t.span.begin},
                           {"end", t.span.end},
                           {"norm", t.norm},
                           {"key", t.key},
                           {"word", t.word}};
      if (auto r = Readings(text, t, s.lang); !r.empty()) jt["segments"] = r;
      toks.push_back(std::move(jt));
    }
    js["tokens"] = std::move(toks);
    out.push_back(std::move(js));
  }
  return out;
}

std::string SentencesTable(std::string_view text, const std::vector<Sentence>& sentences) {
  std::string out;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    out += "[" + std::to_string(i) + "] " + std::to_string(s.span.begin) + "-" + std::to_string(s.span.end) +
           " " + s.lang + ": " + OneLine(text.substr(s.span.begin, s.span.size())) + "\n";
    for (const auto& t : s.tokens) {
      out += "    " + std::to_string(t.span.begin) + "-" + std::to_string(t.span.end) + "\t" +
             OneLine(text.substr(t.span.begin, t.span.size())) + "\t" + t.norm;
      if (t.key != t.norm) out += "\tkey=" + t.key;
      const auto r = Readings(text, t, s.lang);
      for (size_t k = 1; k < r.size(); ++k) out += (k == 1 ? "\t" : " | ") + r[k];
      out += "\n";
    }
  }
  return out;
}

}  // namespace dyad

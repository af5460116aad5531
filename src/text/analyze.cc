#include "text/analyze.h"

#include "text/arabic.h"
#include "text/langid.h"
#include "text/sentences.h"
#include "text/stem.h"
#include "text/tokenize.h"

namespace dyad {
namespace {

bool ArabicScriptLang(std::string_view l) { return l == "ar" || l == "fa" || l == "ur"; }

// The language of one sentence: the document's, unless the sentence is mostly in
// another script (an English quote in an Arabic article, or the reverse).
std::string SentenceLang(const Sentence& s, const std::string& doc_lang) {
  int arabic = 0, other = 0;
  for (const auto& t : s.tokens) {
    if (!t.word) continue;
    (IsArabicScript(t.norm) ? arabic : other)++;
  }
  if (arabic + other == 0) return doc_lang;
  const bool mostly_arabic = arabic * 2 > arabic + other;
  if (mostly_arabic == ArabicScriptLang(doc_lang)) return doc_lang;
  return mostly_arabic ? "ar" : "en";
}

void SetKeys(Sentence& s) {
  for (auto& t : s.tokens) t.key = t.word ? StemWord(s.lang, t.norm) : t.norm;
}

}  // namespace

std::vector<Sentence> AnalyzeText(std::string_view text, const std::string& lang) {
  auto sentences = SplitSentences(text, Tokenize(text, 0, text.size()));
  for (auto& s : sentences) {
    s.lang = SentenceLang(s, lang);
    SetKeys(s);
  }
  return sentences;
}

std::vector<Sentence> AnalyzeText(Document& doc) {
  if (doc.lang.empty() || doc.lang == "un") doc.lang = DetectLanguage(doc.text);
  return AnalyzeText(doc.text, doc.lang);
}

}  // namespace dyad

#include "text/analyze.h"

#include "text/langid.h"
#include "text/sentences.h"
#include "text/stem.h"
#include "text/tokenize.h"

namespace dyad {
namespace {

// What every sentence of a document in doc_lang is expected to be written in: the
// document's language or English, so a sentence of an Arabic article is never labelled
// Persian by accident.
LanguageOptions SentenceOptions(const std::string& doc_lang) {
  LanguageOptions opts;
  if (!doc_lang.empty() && doc_lang != "un") {
    opts.hint = doc_lang;
    opts.likely = {doc_lang, "en"};
  }
  return opts;
}

// The language of one sentence: the document's, unless the sentence is written in
// another script or, among the languages of its script, reads as English (a quote in
// an English article). opts: SentenceOptions(doc_lang).
std::string SentenceLang(std::string_view text, const Sentence& s, const std::string& doc_lang,
                         const LanguageOptions& opts) {
  const std::string_view sentence = text.substr(s.span.begin, s.span.size());
  LanguageGuess g = IdentifyLanguage(sentence, opts);
  if (g.lang == "un") return doc_lang.empty() ? "un" : doc_lang;
  return g.lang;
}

void SetKeys(Sentence& s) {
  // Where the language has no stemmer, a word's key is its norm, as StemWord would
  // return it: copied without asking it (an Arabic article's every word).
  const bool stems = HasStemmer(s.lang);
  for (auto& t : s.tokens) {
    if (t.word && stems) {
      t.key = StemWord(s.lang, t.norm);
    } else {
      t.key = t.norm;
    }
    HashForms(&t);
  }
}

}  // namespace

std::vector<Sentence> AnalyzeText(std::string_view text, const std::string& lang) {
  auto sentences = SplitSentences(text, Tokenize(text, 0, text.size(), lang), 200, lang);
  const LanguageOptions opts = SentenceOptions(lang);
  for (auto& s : sentences) {
    s.lang = SentenceLang(text, s, lang, opts);
    SetKeys(s);
  }
  return sentences;
}

std::vector<Sentence> AnalyzeText(Document& doc) {
  if (doc.lang.empty() || doc.lang == "un") doc.lang = DetectLanguage(doc.text);
  return AnalyzeText(doc.text, doc.lang);
}

}  // namespace dyad

// Text layer throughput per language, one thread, in CPU time (= per core).
//
//   build/bench/text_bench [MB per language, default 4] [languages...]
//
// The corpus of each language is generated from dyad's own labelled sentences
// (data/text/langid/<lang>.txt): sentences drawn with a fixed seed into articles of
// 2-8 KB, in paragraphs of 3-6 sentences with a headline line now and then; each
// article is analysed on its own, as in the pipeline. Each stage runs three times; the
// best run counts. Printed per language:
//   split   Tokenize (with NormalizeWord per token) + SplitSentences: the hot path
//           dyad's target (>= 50 MB/s per core) is about
//   ntext   NormalizeText over the whole text (with the map back to the original)
//   full    AnalyzeText: the above plus sentence language and Snowball keys
//   langid  DetectLanguage over the whole document
// and, as a baseline in the same process, NormalizeWord against the ICU-only reference
// NormalizeWordSlow on the same tokens.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "text/analyze.h"
#include "text/langid.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokenize.h"

namespace {

std::vector<std::string> Sentences(const std::string& lang) {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/data/text/langid/" + lang + ".txt");
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') out.push_back(line);
  return out;
}

// Articles of 2-8 KB (dyad analyses one article at a time): paragraphs of 3-6
// sentences, now and then a headline line without punctuation.
std::vector<std::string> Corpus(const std::vector<std::string>& sentences, size_t bytes, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<size_t> pick(0, sentences.size() - 1), article_size(2000, 8000);
  std::uniform_int_distribution<int> para(3, 6), headline(0, 9);
  std::vector<std::string> articles;
  size_t total = 0;
  while (total < bytes) {
    std::string text;
    const size_t want = article_size(rng);
    while (text.size() < want) {
      if (headline(rng) == 0) {
        const std::string& s = sentences[pick(rng)];
        const size_t cut = s.find(' ', s.size() / 3);
        text += s.substr(0, cut == std::string::npos ? s.size() : cut);
        text += "\n";
      }
      for (int k = para(rng); k > 0; --k) {
        text += sentences[pick(rng)];
        text += k > 1 ? " " : "\n\n";
      }
    }
    total += text.size();
    articles.push_back(std::move(text));
  }
  return articles;
}

// CPU time of this thread: per-core cost, whatever else the machine is running.
double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Best of three runs, in CPU seconds; fn returns a count that keeps the work observable.
template <class Fn>
double Best(Fn fn, size_t* count) {
  double best = 1e30;
  for (int run = 0; run < 3; ++run) {
    const double t0 = ThreadSeconds();
    *count = fn();
    best = std::min(best, ThreadSeconds() - t0);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 4;
  std::vector<std::string> langs;
  bool split_only = false;  // --split: the hot path alone (for profiling)
  bool full_only = false;   // --full: AnalyzeText alone (for profiling)
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--split") {
      split_only = true;
    } else if (std::string_view(argv[i]) == "--full") {
      full_only = true;
    } else if (std::isdigit(static_cast<unsigned char>(argv[i][0]))) {
      mb = std::atof(argv[i]);
    } else {
      langs.emplace_back(argv[i]);
    }
  }
  if (langs.empty()) langs = {"en", "ar", "fa", "ru", "tr", "az", "ur", "uk", "he", "fr", "de", "es"};
  const auto bytes = static_cast<size_t>(mb * 1e6);
  // Build the lookup tables and load the data files before timing anything.
  (void)dyad::AnalyzeText(std::string_view("Warm up. Прогрев. تسخين."), std::string("en"));

  std::printf("text layer throughput, one thread, %.1f MB of articles per language (best of 3)\n", mb);
  std::printf("%-4s %9s %12s %9s %9s %9s %9s %10s\n", "lang", "split", "tokens/s", "ntext", "full", "langid",
              "sent/s", "norm fast");
  std::printf("%-4s %9s %12s %9s %9s %9s %9s %10s\n", "", "MB/s", "(split)", "MB/s", "MB/s", "MB/s", "(full)",
              "vs ICU");
  double min_split = 1e30;
  for (const auto& lang : langs) {
    const auto sentences = Sentences(lang);
    if (sentences.empty()) {
      std::fprintf(stderr, "text_bench: no sentences for %s\n", lang.c_str());
      continue;
    }
    const std::vector<std::string> articles = Corpus(sentences, bytes, 42);
    size_t total = 0;
    for (const auto& a : articles) total += a.size();
    const double size_mb = static_cast<double>(total) / 1e6;
    size_t tokens = 0, n = 0, sents = 0;
    if (full_only) {
      const double t = Best([&] {
        size_t k = 0;
        for (const auto& text : articles) k += dyad::AnalyzeText(text, lang).size();
        return k;
      }, &sents);
      std::printf("%-4s %9s %12s %9s %9.1f\n", lang.c_str(), "", "", "", size_mb / t);
      continue;
    }
    const double t_split = Best([&] {
      size_t toks = 0;
      for (const auto& text : articles) {
        auto s = dyad::SplitSentences(text, dyad::Tokenize(text, 0, text.size(), lang), 200, lang);
        for (const auto& x : s) toks += x.tokens.size();
      }
      return toks;
    }, &tokens);
    if (split_only) {
      std::printf("%-4s %9.1f %12.0f\n", lang.c_str(), size_mb / t_split, static_cast<double>(tokens) / t_split);
      min_split = std::min(min_split, size_mb / t_split);
      continue;
    }
    const double t_ntext = Best([&] {
      size_t k = 0;
      for (const auto& text : articles) k += dyad::NormalizeText(text).text.size();
      return k;
    }, &n);
    const double t_full = Best([&] {
      size_t k = 0;
      for (const auto& text : articles) k += dyad::AnalyzeText(text, lang).size();
      return k;
    }, &sents);
    const double t_lang = Best([&] {
      size_t k = 0;
      for (const auto& text : articles) k += dyad::DetectLanguage(text).size();
      return k;
    }, &n);
    // Baseline: the table-driven NormalizeWord against the ICU reference, same tokens.
    const std::string& text = articles.front();
    const auto toks = dyad::Tokenize(text, 0, text.size(), lang);
    size_t sink = 0;
    const double t_fast = Best([&] {
      size_t k = 0;
      for (const auto& t : toks) k += dyad::NormalizeWord(std::string_view(text).substr(t.span.begin, t.span.size())).size();
      return k;
    }, &sink);
    const double t_slow = Best([&] {
      size_t k = 0;
      for (const auto& t : toks) k += dyad::NormalizeWordSlow(std::string_view(text).substr(t.span.begin, t.span.size())).size();
      return k;
    }, &sink);
    min_split = std::min(min_split, size_mb / t_split);
    std::printf("%-4s %9.1f %12.0f %9.1f %9.1f %9.1f %9.0f %9.1fx\n", lang.c_str(), size_mb / t_split,
                static_cast<double>(tokens) / t_split, size_mb / t_ntext, size_mb / t_full, size_mb / t_lang,
                static_cast<double>(sents) / t_full, t_slow / t_fast);
  }
  std::printf("slowest split: %.1f MB/s (target >= 50)\n", min_split);
  return 0;
}

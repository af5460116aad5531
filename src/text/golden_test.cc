// Runs the text layer's golden cases: tests/golden/text/*.test (the format is described
// in tests/golden/text/README.md). Each case is a text (or a list of words) and what
// dyad must make of it: sentences, tokens, normalised forms, keys, sentence languages,
// clitic segmentations. A failure names the file and line of the expectation.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/utf8.h"
#include "text/analyze.h"
#include "text/arabic.h"
#include "text/langid.h"
#include "text/normalize.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

struct Section {
  std::string kind;
  int line = 0;  // of the "---" header
  std::vector<std::string> lines;
};

struct Case {
  std::string file, name;
  int line = 0;
  std::string lang;
  bool has_text = false;
  std::string text;
  std::vector<Section> sections;
};

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// \n \t \\ \xHH (a raw byte, for invalid UTF-8) \uXXXX \u{X...} (a code point).
std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i];
      continue;
    }
    const char e = s[++i];
    if (e == 'n') {
      out += '\n';
    } else if (e == 't') {
      out += '\t';
    } else if (e == '\\') {
      out += '\\';
    } else if (e == 'x' && i + 2 < s.size() && Hex(s[i + 1]) >= 0 && Hex(s[i + 2]) >= 0) {
      out += static_cast<char>(Hex(s[i + 1]) * 16 + Hex(s[i + 2]));
      i += 2;
    } else if (e == 'u' && i + 1 < s.size() && s[i + 1] == '{') {
      const size_t close = s.find('}', i);
      char32_t cp = 0;
      for (size_t k = i + 2; k < close; ++k) cp = cp * 16 + static_cast<char32_t>(Hex(s[k]));
      utf8::Append(out, cp);
      i = close;
    } else if (e == 'u' && i + 4 < s.size()) {
      char32_t cp = 0;
      for (size_t k = i + 1; k <= i + 4; ++k) cp = cp * 16 + static_cast<char32_t>(Hex(s[k]));
      utf8::Append(out, cp);
      i += 4;
    } else {
      out += '\\';
      out += e;
    }
  }
  return out;
}

std::vector<Case> Parse(const fs::path& path) {
  std::ifstream in(path);
  std::vector<Case> cases;
  std::string line;
  int n = 0;
  enum { kNone, kText, kSection } mode = kNone;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.starts_with("===")) {
      Case c;
      c.file = path.filename().string();
      c.name = line.substr(line.find_first_not_of("= "));
      c.line = n;
      cases.push_back(std::move(c));
      mode = kNone;
      continue;
    }
    if (cases.empty()) continue;  // the file's header comment
    Case& c = cases.back();
    if (line.starts_with("--- ")) {
      c.sections.push_back({line.substr(4), n, {}});
      mode = kSection;
      continue;
    }
    if (mode == kNone && line.starts_with("#")) continue;
    if (mode == kNone && line.starts_with("lang:")) {
      c.lang = line.substr(line.find_first_not_of(" ", 5));
      continue;
    }
    if (mode == kNone && line == "text:") {
      c.has_text = true;
      mode = kText;
      continue;
    }
    if (mode == kText) {
      c.text += line + "\n";
      continue;
    }
    if (mode == kSection && !line.empty() && line[0] != '#') c.sections.back().lines.push_back(line);
  }
  for (auto& c : cases) {
    // The text is its lines joined by \n, without the last line break; escapes decoded.
    while (c.text.ends_with("\n")) c.text.pop_back();
    c.text = Unescape(c.text);
  }
  return cases;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

std::string Trim(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

// "a => b" and "word: x | y" lines.
std::pair<std::string, std::string> SplitAt(const std::string& line, std::string_view sep) {
  const size_t p = line.find(sep);
  if (p == std::string::npos) return {Trim(line), ""};
  return {Trim(line.substr(0, p)), Trim(line.substr(p + sep.size()))};
}

void Check(const Case& c, const Section& s, const std::vector<std::string>& got) {
  std::vector<std::string> want;
  for (const auto& l : s.lines) {
    // Sentences show their line breaks as \n (see RunCase): compare them that way.
    std::string w;
    for (char ch : Unescape(l)) w += ch == '\n' ? std::string("\\n") : std::string(1, ch);
    want.push_back(w);
  }
  EXPECT_EQ(Join(want, "\n"), Join(got, "\n"))
      << c.file << ":" << s.line << ": case \"" << c.name << "\", " << s.kind;
}

void RunCase(const Case& c) {
  std::vector<Sentence> sentences;
  std::string doc_lang = c.lang;
  if (c.has_text) {
    if (c.lang.empty()) {
      Document d;
      d.text = c.text;
      sentences = AnalyzeText(d);
      doc_lang = d.lang;
    } else {
      sentences = AnalyzeText(c.text, c.lang);
    }
  }
  auto per_sentence = [&](auto field) {
    std::vector<std::string> out;
    for (const auto& s : sentences) {
      std::vector<std::string> toks;
      for (const auto& t : s.tokens) toks.push_back(field(t));
      out.push_back(Join(toks, " "));
    }
    return out;
  };
  for (const auto& s : c.sections) {
    std::vector<std::string> got;
    if (s.kind == "sentences") {
      for (const auto& st : sentences) {
        std::string text = c.text.substr(st.span.begin, st.span.size());
        std::string escaped;
        for (char ch : text) escaped += ch == '\n' ? std::string("\\n") : std::string(1, ch);
        got.push_back(escaped);
      }
    } else if (s.kind == "tokens") {
      got = per_sentence([&](const Token& t) { return c.text.substr(t.span.begin, t.span.size()); });
    } else if (s.kind == "norms") {
      got = per_sentence([](const Token& t) { return t.norm; });
    } else if (s.kind == "keys") {
      got = per_sentence([](const Token& t) { return t.key; });
    } else if (s.kind == "langs") {
      std::vector<std::string> langs;
      for (const auto& st : sentences) langs.push_back(st.lang);
      got.push_back(Join(langs, " "));
    } else if (s.kind == "lang") {
      got.push_back(doc_lang);
    } else if (s.kind == "normalize") {
      for (const auto& l : s.lines) {
        auto [in, out] = SplitAt(l, "=>");
        got.push_back(in + " => " + NormalizeWord(Unescape(in)));
      }
      std::vector<std::string> expected;
      for (const auto& l : s.lines) {
        auto [in, out] = SplitAt(l, "=>");
        expected.push_back(in + " => " + Unescape(out));
      }
      EXPECT_EQ(Join(expected, "\n"), Join(got, "\n")) << c.file << ":" << s.line << ": case \"" << c.name << "\", normalize";
      continue;
    } else if (s.kind == "segments") {
      std::vector<std::string> expected;
      for (const auto& l : s.lines) {
        auto [word, segs] = SplitAt(l, ":");
        std::vector<std::string> readings;
        const std::string written = Unescape(word);
        for (const auto& r : ArabicSegments(NormalizeWord(written), doc_lang.empty() ? "ar" : doc_lang, written))
          readings.push_back(r.ToString());
        got.push_back(word + ": " + Join(readings, " | "));
        expected.push_back(word + ": " + segs);
      }
      EXPECT_EQ(Join(expected, "\n"), Join(got, "\n")) << c.file << ":" << s.line << ": case \"" << c.name << "\", segments";
      continue;
    } else if (s.kind == "detect") {
      // One text per line, "text => lang".
      std::vector<std::string> expected;
      for (const auto& l : s.lines) {
        auto [text, lang] = SplitAt(l, "=>");
        got.push_back(text + " => " + DetectLanguage(Unescape(text)));
        expected.push_back(text + " => " + lang);
      }
      EXPECT_EQ(Join(expected, "\n"), Join(got, "\n")) << c.file << ":" << s.line << ": case \"" << c.name << "\", detect";
      continue;
    } else {
      ADD_FAILURE() << c.file << ":" << s.line << ": unknown section \"" << s.kind << "\"";
      continue;
    }
    Check(c, s, got);
  }
}

}  // namespace

TEST(Golden, TextCases) {
  const fs::path dir = fs::path(DYAD_SOURCE_DIR) / "tests" / "golden" / "text";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".test") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no .test files in " << dir;
  int cases = 0;
  for (const auto& f : files) {
    for (const auto& c : Parse(f)) {
      ++cases;
      RunCase(c);
    }
  }
  std::printf("%d golden text cases in %zu files\n", cases, files.size());
}

}  // namespace dyad

#include "extract/furniture.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_set>

#include "core/utf8.h"

namespace dyad {
namespace {

// Lower-cases ASCII only: phrases in other scripts are matched as written.
std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Words, counted as runs of non-space bytes.
int WordCount(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = std::isspace(static_cast<unsigned char>(c));
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// True when a line ends like a sentence (. ! ? … and the Arabic question mark and
// semicolon, optionally followed by closing quotes or brackets).
bool EndsLikeSentence(std::string_view line) {
  size_t i = line.size();
  // Strip closing quotes and brackets.
  while (i > 0) {
    std::string_view tail = line.substr(0, i);
    if (tail.ends_with("\"") || tail.ends_with("'") || tail.ends_with(")") || tail.ends_with("]")) {
      --i;
    } else if (tail.ends_with("”") || tail.ends_with("’") || tail.ends_with("»")) {
      i -= tail.ends_with("»") ? 2 : 3;
    } else {
      break;
    }
    while (i > 0 && line[i - 1] == ' ') --i;
  }
  std::string_view s = line.substr(0, i);
  return s.ends_with(".") || s.ends_with("!") || s.ends_with("?") || s.ends_with("؟") ||
         s.ends_with("…") || s.ends_with("؛") || s.ends_with(":") || s.ends_with("。");
}

struct Line {
  std::string_view text;
  bool blank = false;
  bool drop = false;
  std::string reason;
};

constexpr int kShortLineWords = 25;
constexpr int kMinRun = 3;
constexpr int kMarkerWords = 8;
constexpr int kHeadlineWords = 4;

}  // namespace

Result<std::shared_ptr<const FurniturePhrases>> FurniturePhrases::Load(const std::string& dir) {
  auto fp = std::make_shared<FurniturePhrases>();
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return Result<std::shared_ptr<const FurniturePhrases>>::Error(dir + ": not a directory");
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    std::string line;
    int no = 0;
    while (std::getline(in, line)) {
      ++no;
      if (line.empty() || line[0] == '#') continue;
      const size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
      if (t1 == std::string::npos || t2 == std::string::npos)
        return Result<std::shared_ptr<const FurniturePhrases>>::Error(
            f.string() + ":" + std::to_string(no) + ": expected lang<TAB>kind<TAB>phrase");
      const std::string kind = line.substr(t1 + 1, t2 - t1 - 1);
      if (kind != "line" && kind != "start" && kind != "teaser" && kind != "end")
        return Result<std::shared_ptr<const FurniturePhrases>>::Error(
            f.string() + ":" + std::to_string(no) + ": unknown kind \"" + kind + "\"");
      fp->phrases_.push_back({kind, LowerAscii(line.substr(t2 + 1))});
    }
  }
  return std::shared_ptr<const FurniturePhrases>(std::move(fp));
}

std::shared_ptr<const FurniturePhrases> FurniturePhrases::Empty() {
  return std::make_shared<const FurniturePhrases>();
}

CleanText RemoveFurniture(const std::string& text, const FurniturePhrases& phrases) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    Line l;
    l.text = Trim(std::string_view(text).substr(pos, nl - pos));
    l.blank = l.text.empty();
    lines.push_back(l);
    pos = nl + 1;
  }
  auto is_headline = [](const Line& l) {
    return !l.blank && !EndsLikeSentence(l.text) && WordCount(l.text) < kShortLineWords;
  };
  // Phrase rules.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    const std::string low = LowerAscii(lines[i].text);
    for (const auto& p : phrases.phrases()) {
      const size_t at = low.find(p.text);
      if (at == std::string::npos) continue;
      if (p.kind == "start" && at != 0) continue;
      if ((p.kind == "end" || p.kind == "teaser") && WordCount(lines[i].text) > kMarkerWords) continue;
      if (p.kind == "end") {
        for (size_t k = i; k < lines.size(); ++k)
          if (!lines[k].drop) lines[k].drop = true, lines[k].reason = "after \"" + p.text + "\"";
      } else if (p.kind == "teaser") {
        lines[i].drop = true, lines[i].reason = "teaser marker \"" + p.text + "\"";
        // The headline(s) the marker belongs to, before and after it.
        for (size_t k = i; k-- > 0;) {
          if (lines[k].blank) continue;
          if (!is_headline(lines[k])) break;
          lines[k].drop = true, lines[k].reason = "teaser headline";
          break;
        }
        for (size_t k = i + 1; k < lines.size(); ++k) {
          if (lines[k].blank) continue;
          if (!is_headline(lines[k])) break;
          lines[k].drop = true, lines[k].reason = "teaser headline";
        }
      } else {
        lines[i].drop = true, lines[i].reason = "furniture phrase \"" + p.text + "\"";
      }
      break;
    }
  }
  // Runs of short lines that do not read as sentences: menus, headline lists, tags.
  // The last line of the first such run, when prose follows it, is the article's
  // headline (menus sit right above it) and is kept.
  bool seen_prose = false;
  for (size_t i = 0; i < lines.size();) {
    if (!lines[i].blank && !is_headline(lines[i]) && !lines[i].drop) seen_prose = true;
    if (!is_headline(lines[i])) {
      ++i;
      continue;
    }
    size_t j = i, count = 0;
    while (j < lines.size() && (lines[j].blank || is_headline(lines[j]))) {
      if (!lines[j].blank) ++count;
      ++j;
    }
    if (count >= kMinRun) {
      size_t keep = lines.size();
      if (!seen_prose && j < lines.size()) {
        size_t last = j;
        while (last-- > i && lines[last].blank) {
        }
        if (WordCount(lines[last].text) >= kHeadlineWords) keep = last;
      }
      for (size_t k = i; k < j; ++k)
        if (k != keep && !lines[k].blank && !lines[k].drop)
          lines[k].drop = true, lines[k].reason = "run of headline-like lines";
    }
    i = j;
  }
  // Repeated lines: keep the first occurrence.
  std::unordered_set<std::string_view> seen;
  for (auto& l : lines) {
    if (l.blank) continue;
    if (!seen.insert(l.text).second && !l.drop) l.drop = true, l.reason = "repeated line";
  }
  CleanText out;
  for (const auto& l : lines) {
    if (l.blank) continue;
    if (out.title.empty() && is_headline(l)) out.title = std::string(l.text);
    break;
  }
  for (const auto& l : lines) {
    if (l.blank) continue;
    if (l.drop) {
      out.dropped.push_back({std::string(l.text), l.reason});
      continue;
    }
    if (!out.text.empty()) out.text += "\n\n";
    out.text += l.text;
  }
  return out;
}

}  // namespace dyad

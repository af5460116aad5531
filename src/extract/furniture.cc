#include "extract/furniture.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unordered_set>

#include "core/ascii.h"
#include "core/utf8.h"

namespace dyad {
namespace {

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
  bool headline = false;  // short and not ending like a sentence (see RemoveFurniture)
  int words = 0;
  bool drop = false;
  std::string reason;
};

constexpr int kShortLineWords = 25;
constexpr int kMinRun = 3;
constexpr int kMarkerWords = 8;
constexpr int kHeadlineWords = 4;
// The most words of a line a furniture phrase may stand in (PhraseCounts), for phrases
// of four words or more and for shorter ones.
constexpr int kLongPhraseLineWords = 60, kPhraseLineWords = 12;
// No phrase counts in a longer line: the phrase automaton need not read it (most of an
// article's bytes are in such paragraphs).
constexpr int kMaxPhraseLineWords = std::max({kMarkerWords, kLongPhraseLineWords, kPhraseLineWords});

}  // namespace

// Every line of every article is counted: eight bytes are read at once, a word starting
// at a non-space byte after a space.
int WordCount(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F * kOnes, kHigh = 0x80 * kOnes;
  int n = 0;
  uint64_t space_before = 0x80;  // the byte before the chunk was a space (high bit of byte 0)
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    // Per byte, the high bit says whether it is a space. Each sum stays inside its byte.
    const uint64_t x = v ^ (' ' * kOnes);
    const uint64_t blank = ~(((x & kLow7) + kLow7) | x) & kHigh;  // == ' '
    const uint64_t low = v & kLow7;
    const uint64_t control = (low + (0x80 - '\t') * kOnes) & ~(low + (0x80 - '\r' - 1) * kOnes) & ~v & kHigh;
    const uint64_t space = blank | control;
    const uint64_t starts = ~space & ((space << 8) | space_before) & kHigh;
    n += static_cast<int>(((starts >> 7) * kOnes) >> 56);  // the bytes' flags summed
    space_before = space >> 56;
  }
  bool in = space_before == 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    const bool sp = c == ' ' || (c >= '\t' && c <= '\r');
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

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
      std::string phrase = AsciiLower(line.substr(t2 + 1));
      if (phrase.empty())
        return Result<std::shared_ptr<const FurniturePhrases>>::Error(
            f.string() + ":" + std::to_string(no) + ": empty phrase");
      if (kind == "state-class") {
        fp->state_prefixes_.push_back(phrase);
        continue;
      }
      if (kind == "good-class" || kind == "bad-class" || kind == "embed-class") {
        std::string p;
        if (phrase[0] == '=') {
          ClassTokens(phrase.substr(1), &p);  // " word ": whole tokens only
        } else {
          ClassTokens(phrase, &p);
          p = p.substr(1, p.size() - 2);  // no boundaries: a part of a token will do
        }
        fp->class_hints_.push_back({kind, std::move(p)});
        continue;
      }
      if (kind != "line" && kind != "start" && kind != "teaser" && kind != "end")
        return Result<std::shared_ptr<const FurniturePhrases>>::Error(
            f.string() + ":" + std::to_string(no) + ": unknown kind \"" + kind + "\"");
      const int words = WordCount(phrase);
      fp->phrases_.push_back({kind, std::move(phrase), words});
    }
  }
  for (size_t i = 0; i < fp->phrases_.size(); ++i)
    fp->text_matcher_.Add(fp->phrases_[i].text, static_cast<int>(i));
  fp->text_matcher_.Build();
  for (size_t i = 0; i < fp->class_hints_.size(); ++i)
    fp->class_matcher_.Add(fp->class_hints_[i].text, static_cast<int>(i));
  fp->class_matcher_.Build();
  return std::shared_ptr<const FurniturePhrases>(std::move(fp));
}

bool FurniturePhrases::IsStateClass(std::string_view name) const {
  for (const std::string& p : state_prefixes_) {
    if (name.size() <= p.size()) continue;
    const char sep = name[p.size()];
    if (sep != '-' && sep != '_') continue;
    bool same = true;
    for (size_t i = 0; i < p.size() && same; ++i)
      same = std::tolower(static_cast<unsigned char>(name[i])) == p[i];
    if (same) return true;
  }
  return false;
}

bool PhraseCounts(const FurniturePhrases::Phrase& p, size_t hit_begin, size_t hit_bytes, int words,
                  size_t bytes) {
  if (p.kind == "start" && hit_begin != 0) return false;
  if (p.kind == "teaser" || p.kind == "end") return words <= kMarkerWords && 2 * hit_bytes >= bytes;
  return words <= (p.words >= 4 ? kLongPhraseLineWords : kPhraseLineWords);
}

void ClassTokens(std::string_view value, std::string* out) {
  out->clear();
  out->push_back(' ');
  for (char ch : value) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const bool sep = c == ' ' || c == '-' || c == '_' || c == ':' || c == '.' || c == '/' ||
                     c == '\t' || c == '\n' || c == '\r';
    if (sep) {
      if (out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
  if (out->back() != ' ') out->push_back(' ');
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
    l.text = TrimAscii(std::string_view(text).substr(pos, nl - pos));
    l.blank = l.text.empty();
    // Read once per line: the rules below ask about each line several times.
    l.words = WordCount(l.text);
    l.headline = !l.blank && !EndsLikeSentence(l.text) && l.words < kShortLineWords;
    lines.push_back(l);
    pos = nl + 1;
  }
  auto is_headline = [](const Line& l) { return l.headline; };
  // Prose characters, to tell whether an end marker comes after most of the article.
  size_t prose_total = 0;
  for (const auto& l : lines)
    if (!l.blank && !is_headline(l)) prose_total += l.text.size();
  size_t prose_before = 0;
  // Phrase rules.
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    if (!is_headline(lines[i])) prose_before += lines[i].text.size();
    const std::string_view line = lines[i].text;
    const int words = lines[i].words;
    if (words > kMaxPhraseLineWords) continue;
    // One pass of the phrase automaton (ASCII case folded) finds every phrase's first
    // place in the line; the rules are then tried in the order the phrases are listed.
    std::vector<std::pair<int, size_t>> found;  // phrase id, first hit
    phrases.text_matcher().ForEachHit(line, [&](const PhraseMatcher::Hit& h) {
      for (const auto& f : found)
        if (f.first == h.id) return;
      found.emplace_back(h.id, h.begin);
    });
    std::sort(found.begin(), found.end());
    for (const auto& [id, at] : found) {
      const auto& p = phrases.phrases()[static_cast<size_t>(id)];
      if (!PhraseCounts(p, at, p.text.size(), words, line.size())) continue;
      if (p.kind == "end") {
        // Near the top, a "Comments" line is a link to them, not where the article ends.
        const bool ends = 2 * prose_before >= prose_total;
        for (size_t k = i; k < (ends ? lines.size() : i + 1); ++k)
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
        if (lines[last].words >= kHeadlineWords) keep = last;
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

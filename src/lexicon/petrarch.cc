#include "lexicon/petrarch.h"

#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>

#include "core/ascii.h"

namespace dyad {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// The text before a comment. PETRARCH comments start with '#'; actor lines also use
// ';' ("ABDUL_QADIR_  ; CountryInfo.txt").
std::string_view StripComment(std::string_view line, bool semicolon) {
  size_t cut = line.find('#');
  if (semicolon) cut = std::min(cut, line.find(';'));
  return cut == std::string_view::npos ? line : line.substr(0, cut);
}

// XML-style comment lines ("<!-- VERSION: 0.9 -->", "<! -- ... -->") carry no data.
bool MarkupLine(std::string_view t) { return !t.empty() && t.front() == '<'; }

// A phrase string as dyad words: '_' and blanks separate words; a trailing '_' (word
// end) is dropped. gap_marker: blanks become "*" (agents), else plain spaces.
std::string PhraseSurface(std::string_view p, bool gap_marker, bool* stem) {
  p = TrimAscii(p);
  *stem = !p.empty() && p.back() != '_';
  std::string out, word;
  bool blank = false;  // a blank (not only '_') separates word from the previous one
  for (size_t i = 0; i <= p.size(); ++i) {
    const char c = i < p.size() ? p[i] : ' ';
    if (c == '_' || std::isspace(static_cast<unsigned char>(c))) {
      if (!word.empty()) {
        if (!out.empty()) out += blank && gap_marker ? " * " : " ";
        out += word;
        word.clear();
        blank = false;
      }
      if (c != '_' && !out.empty()) blank = true;
      continue;
    }
    word += c;
  }
  return out;
}

bool ValidImportedCode(std::string_view c) {
  if (c.size() < 2) return false;
  for (char ch : c)
    if (!std::isupper(static_cast<unsigned char>(ch)) &&
        !std::isdigit(static_cast<unsigned char>(ch)))
      return false;
  return true;
}

// One bracketed code "[CODE]", "[CODE >date]", "[CODE <date]", "[CODE d1-d2]".
struct Restriction {
  std::string code;
  std::string from, to;
  bool dated = false;
};

Status ParseRestriction(std::string_view body, Restriction* r) {
  body = TrimAscii(body);
  size_t sp = 0;
  while (sp < body.size() && !std::isspace(static_cast<unsigned char>(body[sp])) &&
         body[sp] != '<' && body[sp] != '>')
    ++sp;
  std::string code(body.substr(0, sp));
  std::string_view rest = TrimAscii(body.substr(sp));
  if (code == "---") {
    code.clear();
  } else {
    if (code.find('/') != std::string::npos)
      return Status::Error("several codes \"" + code + "\" in one restriction are not supported");
    for (char& ch : code) {
      if (std::islower(static_cast<unsigned char>(ch)))
        return Status::Error("code \"" + code + "\" is not in capital letters");
    }
    if (!ValidImportedCode(code)) return Status::Error("bad code \"" + code + "\"");
  }
  r->code = code;
  if (rest.empty()) return Status();
  r->dated = true;
  if (rest.front() == '<' || rest.front() == '>') {
    const std::string d = PetrarchDate(TrimAscii(rest.substr(1)));
    if (d.empty()) return Status::Error("bad date in \"" + std::string(body) + "\"");
    (rest.front() == '<' ? r->to : r->from) = d;
    return Status();
  }
  const size_t dash = rest.find('-');
  if (dash == std::string_view::npos)
    return Status::Error("bad date restriction \"" + std::string(body) + "\"");
  r->from = PetrarchDate(TrimAscii(rest.substr(0, dash)));
  r->to = PetrarchDate(TrimAscii(rest.substr(dash + 1)));
  if (r->from.empty() || r->to.empty())
    return Status::Error("bad date in \"" + std::string(body) + "\"");
  if (r->to < r->from)
    return Status::Error("end date before start date in \"" + std::string(body) + "\"");
  return Status();
}

// Every "[...]" group of a line, in order; sets *unclosed when a '[' has no ']'.
std::vector<std::string_view> Brackets(std::string_view s, bool* unclosed) {
  std::vector<std::string_view> out;
  *unclosed = false;
  size_t i = 0;
  while ((i = s.find('[', i)) != std::string_view::npos) {
    size_t j = s.find_first_of("]}", i + 1);  // "[~LEG}" occurs in the wild
    if (j == std::string_view::npos) {
      *unclosed = true;
      break;
    }
    out.push_back(s.substr(i + 1, j - i - 1));
    i = j + 1;
  }
  return out;
}

class LineReader {
 public:
  explicit LineReader(const std::string& path) : in_(path), path_(path) {}
  bool ok() const { return static_cast<bool>(in_); }
  bool Next(std::string* line) {
    if (!std::getline(in_, *line)) return false;
    ++number_;
    if (!line->empty() && line->back() == '\r') line->pop_back();
    return true;
  }
  std::string where() const { return path_ + ":" + std::to_string(number_); }

 private:
  std::ifstream in_;
  std::string path_;
  int number_ = 0;
};

}  // namespace

std::string PetrarchDate(std::string_view d) {
  if (!AllDigits(d) || (d.size() != 6 && d.size() != 8)) return {};
  int y, m, day;
  if (d.size() == 6) {
    const int yy = std::stoi(std::string(d.substr(0, 2)));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    m = std::stoi(std::string(d.substr(2, 2)));
    day = std::stoi(std::string(d.substr(4, 2)));
  } else {
    y = std::stoi(std::string(d.substr(0, 4)));
    m = std::stoi(std::string(d.substr(4, 2)));
    day = std::stoi(std::string(d.substr(6, 2)));
  }
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || m < 1 || m > 12 || day < 1 || day > kDays[m - 1]) return {};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && day == 29 && !leap) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, day);
  return buf;
}

Result<std::vector<ImportedActor>> ReadPetrarchActors(const std::string& path,
                                                      std::vector<std::string>* problems) {
  LineReader in(path);
  if (!in.ok()) return Status::Error(path + ": cannot open");
  std::vector<ImportedActor> out;
  // The record being read: its phrases and its codes.
  struct Phrase {
    std::string surface;
    bool stem;
  };
  std::vector<Phrase> phrases;
  std::vector<std::pair<Restriction, std::string>> codes;  // with file:line
  std::string record_where;
  bool saw_code = false;  // a [...] was written for the record, even if it was bad
  auto finish = [&]() {
    if (phrases.empty()) return;
    if (codes.empty() && !saw_code) {
      problems->push_back(record_where + ": actor \"" + phrases.front().surface + "\" has no code");
    }
    bool have_default = false;
    for (const auto& [r, where] : codes) {
      if (!r.dated) {
        if (have_default) {
          problems->push_back(where + ": second default code ignored");
          continue;
        }
        have_default = true;
      }
      for (const auto& p : phrases)
        out.push_back(
            {p.surface, phrases.front().surface, r.code, r.from, r.to, r.dated, p.stem, where});
    }
    phrases.clear();
    codes.clear();
    saw_code = false;
  };
  auto add_codes = [&](std::string_view text) {
    saw_code = true;
    bool unclosed = false;
    for (std::string_view b : Brackets(text, &unclosed)) {
      Restriction r;
      Status s = ParseRestriction(b, &r);
      if (!s.ok())
        problems->push_back(in.where() + ": " + s.message() + " (restriction skipped)");
      else
        codes.emplace_back(r, in.where());
    }
    if (unclosed) problems->push_back(in.where() + ": '[' without ']'");
  };
  std::string line;
  while (in.Next(&line)) {
    if (line.find("---STOP---") != std::string::npos) break;
    const std::string_view raw(line);
    const std::string_view t = TrimAscii(raw);
    if (t.empty() || t.front() == '#' || MarkupLine(t)) continue;
    const bool indented = std::isspace(static_cast<unsigned char>(raw.front()));
    const std::string_view body = StripComment(t, /*semicolon=*/true);
    if (indented && TrimAscii(body).starts_with("[")) {  // a date restriction line
      if (phrases.empty()) {
        problems->push_back(in.where() + ": date restriction outside an actor record");
        continue;
      }
      add_codes(body);
      continue;
    }
    const bool synonym = body.starts_with("+");
    if (!synonym) {
      finish();
      record_where = in.where();
    } else if (phrases.empty()) {
      problems->push_back(in.where() + ": synonym outside an actor record");
      continue;
    }
    std::string_view phrase = synonym ? body.substr(1) : body;
    const size_t br = phrase.find('[');
    std::string_view codes_text;
    if (br != std::string_view::npos) {
      codes_text = phrase.substr(br);
      phrase = phrase.substr(0, br);
    }
    bool stem = false;
    std::string surface = PhraseSurface(phrase, /*gap_marker=*/false, &stem);
    if (surface.empty()) {
      problems->push_back(in.where() + ": empty phrase");
      continue;
    }
    phrases.push_back({surface, stem});
    if (!codes_text.empty()) add_codes(codes_text);
  }
  finish();
  return out;
}

Result<std::vector<ImportedAgent>> ReadPetrarchAgents(const std::string& path,
                                                      std::vector<std::string>* problems) {
  LineReader in(path);
  if (!in.ok()) return Status::Error(path + ": cannot open");
  std::vector<ImportedAgent> out;
  std::map<std::string, std::vector<std::string>> sets;  // substitution sets by marker
  std::string line;
  while (in.Next(&line)) {
    const std::string_view t = TrimAscii(StripComment(line, /*semicolon=*/false));
    if (t.empty() || MarkupLine(t)) continue;
    const size_t bang = t.find('!');
    if (bang != std::string_view::npos && t.find('=') != std::string_view::npos &&
        t.find('[') == std::string_view::npos) {
      // "!PERSON! = MAN, MEN, WOMAN"
      const size_t end = t.find('!', bang + 1);
      const size_t eq = t.find('=');
      if (end == std::string_view::npos || eq < end) {
        problems->push_back(in.where() + ": substitution set marker not closed");
        continue;
      }
      auto& items = sets[std::string(t.substr(bang + 1, end - bang - 1))];
      items.clear();
      std::string_view list = t.substr(eq + 1);
      while (!list.empty()) {
        const size_t comma = list.find(',');
        std::string_view item = TrimAscii(list.substr(0, comma));
        if (!item.empty()) items.emplace_back(item);
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
      }
      continue;
    }
    const size_t br = t.find('[');
    if (br == std::string_view::npos) {
      problems->push_back(in.where() + ": agent without a [code]");
      continue;
    }
    bool unclosed = false;
    auto groups = Brackets(t.substr(br), &unclosed);
    if (groups.empty()) {
      problems->push_back(in.where() + ": '[' without ']'");
      continue;
    }
    std::string code(TrimAscii(groups.front()));
    bool before = false;
    if (code.starts_with("~")) {
      code.erase(0, 1);
    } else if (code.ends_with("~")) {
      code.pop_back();
      before = true;
    } else {
      problems->push_back(in.where() + ": agent code \"" + code + "\" has no '~'");
      continue;
    }
    std::string c(TrimAscii(code));
    if (c.empty() || c.size() % 3 != 0 || !ValidImportedCode(c)) {
      problems->push_back(in.where() + ": bad agent code \"" + c + "\"");
      continue;
    }
    std::string_view phrase = TrimAscii(t.substr(0, br));
    // Plural: {} none, {X} given, else regular.
    std::string plural;
    bool regular_plural = true;
    if (const size_t ob = phrase.find('{'); ob != std::string_view::npos) {
      const size_t cb = phrase.find('}', ob);
      if (cb == std::string_view::npos) {
        problems->push_back(in.where() + ": '{' without '}'");
        continue;
      }
      plural = std::string(TrimAscii(phrase.substr(ob + 1, cb - ob - 1)));
      regular_plural = false;
      phrase = TrimAscii(phrase.substr(0, ob));
    }
    // Substitution markers expand into one phrase per item, without plurals.
    std::vector<std::string> singulars;
    if (const size_t m1 = phrase.find('!'); m1 != std::string_view::npos) {
      const size_t m2 = phrase.find('!', m1 + 1);
      if (m2 == std::string_view::npos) {
        problems->push_back(in.where() + ": substitution marker not closed");
        continue;
      }
      auto it = sets.find(std::string(phrase.substr(m1 + 1, m2 - m1 - 1)));
      if (it == sets.end()) {
        problems->push_back(in.where() + ": substitution set !" +
                            std::string(phrase.substr(m1 + 1, m2 - m1 - 1)) + "! is not defined");
        continue;
      }
      for (const auto& item : it->second)
        singulars.push_back(std::string(phrase.substr(0, m1)) + item +
                            std::string(phrase.substr(m2 + 1)));
      regular_plural = false;
      plural.clear();
    } else {
      singulars.emplace_back(phrase);
    }
    std::vector<std::string> forms = singulars;
    if (regular_plural && !singulars.front().empty()) {
      std::string p = singulars.front();
      while (!p.empty() && p.back() == '_') p.pop_back();
      const char last = static_cast<char>(std::toupper(static_cast<unsigned char>(p.back())));
      const char prev =
          p.size() > 1
              ? static_cast<char>(std::toupper(static_cast<unsigned char>(p[p.size() - 2])))
              : 0;
      if (last == 'Y' && !std::strchr("AEIOU", prev))
        p = p.substr(0, p.size() - 1) + "IES";
      else if (last == 'S')
        p += "ES";
      else
        p += "S";
      forms.push_back(p);
    } else if (!plural.empty()) {
      forms.push_back(plural);
    }
    for (const auto& f : forms) {
      bool stem = false;
      std::string surface = PhraseSurface(f, /*gap_marker=*/true, &stem);
      if (surface.empty()) {
        problems->push_back(in.where() + ": empty phrase");
        continue;
      }
      out.push_back({surface, c, before, in.where()});
    }
  }
  return out;
}

}  // namespace dyad

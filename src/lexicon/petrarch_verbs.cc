#include "lexicon/petrarch_verbs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "core/ascii.h"

namespace dyad {
namespace {

std::vector<std::string_view> SplitWs(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// A CAMEO code field: "073", "042:043", ":173", "---". Both parts empty means no event.
Status ParseCode(std::string_view field, std::string* active, std::string* passive) {
  field = TrimAscii(field);
  auto part = [](std::string_view p, std::string* out) -> bool {
    p = TrimAscii(p);
    out->clear();
    if (p.empty() || p == "---") return true;
    if (p.size() < 2 || p.size() > 4) return false;
    for (char c : p)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    *out = std::string(p);
    return true;
  };
  const size_t colon = field.find(':');
  bool ok = colon == std::string_view::npos
                ? part(field, active) && (passive->clear(), true)
                : part(field.substr(0, colon), active) && part(field.substr(colon + 1), passive);
  if (!ok) return Status::Error("bad code [" + std::string(field) + "]");
  return Status();
}

// PETRARCH's regular verb forms for one word: -s/-es/-ies, -d/-ed, -ing.
std::vector<std::string> RegularForms(const std::string& w) {
  if (w.empty()) return {};
  std::vector<std::string> out;
  const char last = w.back();
  const bool sibilant = last == 's' || last == 'x' || last == 'z' ||
                        (w.size() >= 2 && (last == 'h') && (w[w.size() - 2] == 'c' || w[w.size() - 2] == 's'));
  if (sibilant) out.push_back(w + "es");
  else if (last == 'y') out.push_back(w.substr(0, w.size() - 1) + "ies");
  else out.push_back(w + "s");
  out.push_back(last == 'e' ? w + "d" : w + "ed");
  const bool drop_e = last == 'e' && w.size() >= 2 && std::string_view("aeiou").find(w[w.size() - 2]) ==
                                                            std::string_view::npos;
  out.push_back(drop_e ? w.substr(0, w.size() - 1) + "ing" : w + "ing");
  return out;
}

std::string PluralOf(const std::string& w) {
  if (w.empty()) return w;
  if (w.back() == 'y') return w.substr(0, w.size() - 1) + "ies";
  if (w.back() == 's') return w.substr(0, w.size() - 1) + "es";
  return w + "s";
}

bool WordCharsOk(std::string_view w) {
  for (char c : w) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '_' || c == '-' || c == '\'' || c == '.' || c == '/' ||
        c == '&' || c == '+' || u >= 0x80)
      continue;
    return false;
  }
  return true;
}

// A dictionary word to dyad words: '+' (verb marker) removed, '_' joins consecutive
// words, lower case. "+CORDON_OFF" -> "cordon off"; a final '_' (TABARI open match) dropped.
std::string Words(std::string_view w) {
  std::string out;
  for (char c : w) {
    if (c == '+') continue;
    out += c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return std::string(TrimAscii(out));
}

struct Verb {
  std::string primary;             // normalised primary form, e.g. "cordon off"
  std::vector<std::string> forms;  // every spelling to emit, primary first
  std::string code, passive;
  int line = 0;
};

struct Block {
  std::string name;
  std::string code, passive;
  std::vector<Verb> verbs;
};

// One slot of a pattern: the alternatives for its text and whether a gap precedes it.
struct Piece {
  std::vector<std::string> alts;
  bool gap_before = true;
  bool is_verb = false;
};

class Parser {
 public:
  Parser(const std::string& name, const PetrarchVerbOptions& opt, std::vector<std::string>* problems)
      : name_(name), opt_(opt), problems_(problems) {}

  Status Run(std::string_view text, PetrarchVerbDictionary* out) {
    out_ = out;
    int number = 0;
    bool in_xml = false;
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos) eol = text.size();
      std::string raw(text.substr(pos, eol - pos));
      pos = eol + 1;
      ++number;
      if (!raw.empty() && raw.back() == '\r') raw.pop_back();
      // <!-- XML comments -->, possibly spanning lines.
      if (in_xml) {
        const size_t e = raw.find("-->");
        if (e == std::string::npos) continue;
        raw = raw.substr(e + 3);
        in_xml = false;
      }
      for (size_t b; (b = raw.find("<!--")) != std::string::npos;) {
        const size_t e = raw.find("-->", b + 4);
        if (e == std::string::npos) {
          raw = raw.substr(0, b);
          in_xml = true;
          break;
        }
        raw = raw.substr(0, b) + raw.substr(e + 3);
      }
      std::string comment;
      if (size_t h = raw.find('#'); h != std::string::npos) {
        comment = std::string(TrimAscii(std::string_view(raw).substr(h + 1)));
        raw = raw.substr(0, h);
      }
      // TABARI's ';' comments survive on a few verb lines ("SCRAP {...};shan 8/30/93").
      if (size_t sc = raw.find(';'); sc != std::string::npos) raw = raw.substr(0, sc);
      std::string_view line = TrimAscii(raw);
      if (line.empty()) continue;
      line_ = number;
      Status s = Line(line, comment);
      if (!s.ok()) {
        ++out_->counts.skipped;
        const std::string msg = name_ + ":" + std::to_string(number) + ": " + s.message();
        if (opt_.strict) return Status::Error(msg);
        problems_->push_back(msg);
      }
      if (eol == text.size()) break;
    }
    if (in_xml) {
      const std::string msg = name_ + ":" + std::to_string(number) + ": unterminated <!-- comment";
      if (opt_.strict) return Status::Error(msg);
      problems_->push_back(msg);
    }
    return Status();
  }

 private:
  Status Line(std::string_view line, const std::string& comment) {
    const char c = line.front();
    if (c != '+') synset_.clear();
    if (line.substr(0, 3) == "---") return BlockHeader(line);
    if (c == '&') return SynsetHeader(line);
    if (c == '+' && !synset_.empty()) return SynsetMember(line);
    if (c == '-') return Pattern(line.substr(1), comment);
    if (c == '~') {
      ++out_->counts.transformations;
      return Status();
    }
    return VerbLine(line);
  }

  Status BlockHeader(std::string_view line) {
    if (line.size() < 6 || line.substr(line.size() - 3) != "---")
      return Status::Error("block header must end with ---");
    std::string_view inner = TrimAscii(line.substr(3, line.size() - 6));
    Block b;
    if (size_t open = inner.find('['); open != std::string_view::npos) {
      const size_t close = inner.find(']', open);
      if (close == std::string_view::npos) return Status::Error("unclosed [ in block header");
      Status s = ParseCode(inner.substr(open + 1, close - open - 1), &b.code, &b.passive);
      if (!s.ok()) return s;
      inner = TrimAscii(inner.substr(0, open));
    }
    if (inner.empty()) return Status::Error("block header without a name");
    b.name = std::string(inner);
    ++out_->counts.blocks;
    block_ = std::move(b);
    have_block_ = true;
    return Status();
  }

  Status SynsetHeader(std::string_view line) {
    auto toks = SplitWs(line);
    if (toks.size() != 1 || toks[0].size() < 2) return Status::Error("synset label must be one word");
    std::string label(toks[0]);
    if (!WordCharsOk(label.substr(1))) return Status::Error("bad synset label " + label);
    synset_plural_ = label.back() != '_';
    if (label.back() == '_') label.pop_back();
    synset_ = label;
    synsets_[synset_];  // defined even if empty
    ++out_->counts.synsets;
    return Status();
  }

  // "+WORD", "+TWO_WORDS", "+TWO WORDS", or "+&OTHER" (a synset defined earlier, whose
  // members are copied in).
  Status SynsetMember(std::string_view line) {
    std::string_view w = TrimAscii(line.substr(1));
    if (w.empty()) return Status::Error("empty synset member");
    auto& members = synsets_[synset_];
    if (w[0] == '&') {
      std::string label(w);
      if (label.size() > 1 && label.back() == '_') label.pop_back();
      auto it = synsets_.find(label);
      if (it == synsets_.end() || label == synset_) return Status::Error("undefined synset " + label);
      const std::vector<std::string> copy = it->second;
      members.insert(members.end(), copy.begin(), copy.end());
      ++out_->counts.synset_members;
      return Status();
    }
    std::string joined;
    for (auto part : SplitWs(w)) {
      if (!WordCharsOk(part) || part.find_first_of("&+") != std::string_view::npos)
        return Status::Error("bad synset member " + std::string(w));
      if (!joined.empty()) joined += '_';
      joined += part;
    }
    const bool plural = synset_plural_ && w.back() != '_';
    const std::string words = Words(joined);
    members.push_back(words);
    if (opt_.synset_plurals && plural && words.find(' ') == std::string::npos)
      members.push_back(PluralOf(words));
    ++out_->counts.synset_members;
    return Status();
  }

  // The alternatives one pattern token stands for: a word, a synset, or words joined by
  // '_' (consecutive), any of which may be a synset ("NEW_&TIETYPES_RELATIONS") or a
  // role marker ("SUGGESTED_+"). Empty when the token is only role markers.
  Status TokenAlts(const std::string& t, std::vector<std::string>* alts) {
    if (t[0] == '&') {  // a token that starts with a synset is one synset label
      std::string label = t;
      if (label.size() > 1 && label.back() == '_') label.pop_back();
      auto it = synsets_.find(label);
      if (it == synsets_.end()) return Status::Error("undefined synset " + t);
      if (it->second.empty()) return Status::Error("empty synset " + t);
      *alts = it->second;
      return Status();
    }
    alts->assign(1, "");
    std::vector<std::string> parts;
    std::stringstream ss(t);
    for (std::string part; std::getline(ss, part, '_');) parts.push_back(part);
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string part = parts[i];
      if (part.empty() || part == "$" || part == "+" || part == "^" || part == "%") continue;
      std::vector<std::string> options;
      if (part[0] == '&') {
        // Synset labels may contain '_' (&FIGHT_OF_WORDS): take the longest defined one.
        std::string label = part;
        size_t end = i;
        for (size_t j = i + 1; j < parts.size(); ++j) {
          label += "_" + parts[j];
          if (synsets_.count(label)) {
            part = label;
            end = j;
          }
        }
        i = end;
        auto it = synsets_.find(part);
        if (it == synsets_.end()) return Status::Error("undefined synset " + part);
        if (it->second.empty()) return Status::Error("empty synset " + part);
        options = it->second;
      } else {
        if (!WordCharsOk(part) || part.find_first_of("&+") != std::string::npos)
          return Status::Error("bad pattern word " + t);
        options = {Words(part)};
      }
      std::vector<std::string> next;
      for (const auto& a : *alts)
        for (const auto& o : options) next.push_back(a.empty() ? o : a + " " + o);
      if (next.size() > opt_.max_expansions)
        return Status::Error("expands to more than " + std::to_string(opt_.max_expansions) +
                             " patterns");
      alts->swap(next);
    }
    if (alts->size() == 1 && alts->front().empty()) alts->clear();
    return Status();
  }

  Status VerbLine(std::string_view line) {
    if (!have_block_) return Status::Error("verb outside a --- block ---");
    Verb v;
    v.code = block_.code;
    v.passive = block_.passive;
    std::string_view spec = line;
    if (size_t open = spec.find('['); open != std::string_view::npos) {
      const size_t close = spec.find(']', open);
      if (close == std::string_view::npos) return Status::Error("unclosed [ on verb line");
      if (!TrimAscii(spec.substr(close + 1)).empty()) return Status::Error("text after the verb's [code]");
      Status s = ParseCode(spec.substr(open + 1, close - open - 1), &v.code, &v.passive);
      if (!s.ok()) return s;
      spec = TrimAscii(spec.substr(0, open));
    }
    std::vector<std::string_view> irregular;
    bool braces = false;
    if (size_t open = spec.find('{'); open != std::string_view::npos) {
      const size_t close = spec.find('}', open);
      if (close == std::string_view::npos) return Status::Error("unclosed { on verb line");
      if (!TrimAscii(spec.substr(close + 1)).empty()) return Status::Error("text after the verb's {forms}");
      irregular = SplitWs(spec.substr(open + 1, close - open - 1));
      spec = TrimAscii(spec.substr(0, open));
      braces = true;
    }
    auto head = SplitWs(spec);
    if (head.size() != 1) return Status::Error("a verb line holds one verb (join words with _)");
    if (!WordCharsOk(head[0]) || head[0].find('&') != std::string_view::npos)
      return Status::Error("bad verb " + std::string(head[0]));
    v.primary = Words(head[0]);
    if (v.primary.empty()) return Status::Error("empty verb");
    v.line = line_;
    v.forms.push_back(v.primary);
    for (auto f : irregular) {
      if (f == ",") continue;  // a few lines separate the forms with commas
      if (!WordCharsOk(f)) return Status::Error("bad verb form " + std::string(f));
      v.forms.push_back(Words(f));
    }
    if (opt_.regular_forms && !braces) {
      // The word marked '+' inflects ("+BEEF_UP" -> "beefs up"); else the only word.
      std::string raw(head[0]);
      std::vector<std::string> parts;
      std::stringstream ss(raw);
      for (std::string p; std::getline(ss, p, '_');) parts.push_back(p);
      size_t vi = 0;
      for (size_t i = 0; i < parts.size(); ++i)
        if (!parts[i].empty() && parts[i][0] == '+') vi = i;
      for (const auto& form : RegularForms(Words(parts[vi]))) {
        std::string joined;
        for (size_t i = 0; i < parts.size(); ++i) {
          if (!joined.empty()) joined += ' ';
          joined += i == vi ? form : Words(parts[i]);
        }
        v.forms.push_back(joined);
      }
    }
    // Drop repeated spellings, keep order.
    std::vector<std::string> uniq;
    for (auto& f : v.forms)
      if (!f.empty() && std::find(uniq.begin(), uniq.end(), f) == uniq.end()) uniq.push_back(f);
    v.forms = std::move(uniq);
    ++out_->counts.verb_lines;
    out_->counts.verb_forms += static_cast<int>(v.forms.size());
    if (v.code.empty() && v.passive.empty()) {
      ++out_->counts.null_code;
    } else {
      for (const auto& f : v.forms) Emit(v.code, v.passive, f, f, true);
    }
    block_.verbs.push_back(std::move(v));
    return Status();
  }

  // One side of a pattern ("PRE" or "POST") to pieces. Constituents: bare words,
  // {noun phrases} (consecutive words) and (prepositional phrases); a gap before each
  // constituent and between the preposition and its objects.
  Status Side(std::string_view side, std::vector<Piece>* pieces) {
    // Tokens with brackets split off.
    std::vector<std::string> toks;
    std::string cur;
    auto flush = [&] {
      if (!cur.empty()) toks.push_back(cur);
      cur.clear();
    };
    for (char c : side) {
      if (std::isspace(static_cast<unsigned char>(c))) {
        flush();
      } else if (c == '(' || c == ')' || c == '{' || c == '}') {
        flush();
        toks.emplace_back(1, c);
      } else {
        cur += c;
      }
    }
    flush();
    int paren = 0, brace = 0;
    bool gap_next = true;  // a gap before the next piece
    for (const auto& t : toks) {
      if (t == "(") {
        if (paren || brace) return Status::Error("nested ( or ( inside {");
        paren = 1;
        gap_next = true;
        continue;
      }
      if (t == ")") {
        if (!paren || brace) return Status::Error("unbalanced )");
        paren = 0;
        gap_next = true;
        continue;
      }
      if (t == "{") {
        if (brace) return Status::Error("nested {");
        brace = 1;
        gap_next = true;
        continue;
      }
      if (t == "}") {
        if (!brace) return Status::Error("unbalanced }");
        brace = 0;
        gap_next = true;
        continue;
      }
      Piece p;
      p.gap_before = gap_next;
      if (Status s = TokenAlts(t, &p.alts); !s.ok()) return s;
      if (p.alts.empty()) continue;  // an actor slot ($ + ^ %): no words
      pieces->push_back(std::move(p));
      // Inside a noun phrase the next word follows directly; otherwise leave a gap.
      gap_next = !brace;
    }
    if (paren || brace) return Status::Error("unclosed ( or {");
    return Status();
  }

  Status Pattern(std::string_view body, const std::string& comment) {
    ++out_->counts.pattern_lines;
    if (!have_block_) return Status::Error("pattern outside a --- block ---");
    body = TrimAscii(body);
    const size_t open = body.rfind('[');
    const size_t close = open == std::string_view::npos ? open : body.find(']', open);
    if (open == std::string_view::npos || close == std::string_view::npos)
      return Status::Error("pattern without a [code]");
    if (!TrimAscii(body.substr(close + 1)).empty()) return Status::Error("text after the pattern's [code]");
    std::string code, passive;
    Status s = ParseCode(body.substr(open + 1, close - open - 1), &code, &passive);
    if (!s.ok()) return s;
    std::string_view words = body.substr(0, open);
    const size_t star = words.find('*');
    if (star == std::string_view::npos) return Status::Error("pattern without the verb's *");
    if (words.find('*', star + 1) != std::string_view::npos)
      return Status::Error("pattern with more than one *");
    std::vector<Piece> pre, post;
    if (s = Side(words.substr(0, star), &pre); !s.ok()) return s;
    if (s = Side(words.substr(star + 1), &post); !s.ok()) return s;
    if (code.empty() && passive.empty()) {
      ++out_->counts.null_code;
      return Status();
    }
    if (block_.verbs.empty()) return Status::Error("pattern before any verb of its block");

    // The verbs this pattern combines with.
    std::vector<const Verb*> verbs;
    if (!opt_.all_block_verbs && !comment.empty()) {
      const std::string named = Words(SplitWs(comment)[0]);
      for (const auto& v : block_.verbs)
        if (v.primary == named) verbs.push_back(&v);
    }
    if (verbs.empty())
      for (const auto& v : block_.verbs) verbs.push_back(&v);

    Piece verb;
    verb.is_verb = true;
    for (const Verb* v : verbs)
      for (const auto& f : v->forms)
        if (std::find(verb.alts.begin(), verb.alts.end(), f) == verb.alts.end()) verb.alts.push_back(f);

    std::vector<Piece> pieces;
    if (opt_.pre_verb_words) pieces = std::move(pre);
    pieces.push_back(std::move(verb));
    for (auto& p : post) pieces.push_back(std::move(p));
    pieces.front().gap_before = false;

    size_t total = 1;
    for (const auto& p : pieces) {
      total *= p.alts.size();
      if (total > opt_.max_expansions)
        return Status::Error("expands to more than " + std::to_string(opt_.max_expansions) +
                             " patterns");
    }
    // Cartesian product over the alternatives.
    std::vector<size_t> idx(pieces.size(), 0);
    for (;;) {
      std::string pattern, verb_form;
      for (size_t i = 0; i < pieces.size(); ++i) {
        const std::string& w = pieces[i].alts[idx[i]];
        if (!pattern.empty()) pattern += pieces[i].gap_before ? " * " : " ";
        pattern += w;
        if (pieces[i].is_verb) verb_form = w;
      }
      Emit(code, passive, pattern, verb_form, false);
      // Next combination, last piece fastest; done when every piece has wrapped.
      size_t k = pieces.size();
      while (k > 0 && ++idx[k - 1] == pieces[k - 1].alts.size()) idx[--k] = 0;
      if (k == 0) return Status();
    }
  }

  void Emit(const std::string& code, const std::string& passive, const std::string& pattern,
            const std::string& verb, bool verb_only) {
    if (opt_.deduplicate && !seen_.insert(code + "|" + passive + "|" + pattern).second) return;
    PetrarchVerbPattern p;
    p.code = code;
    p.passive_code = passive;
    p.pattern = pattern;
    p.verb = verb;
    p.block = block_.name;
    p.file = name_;
    p.line = line_;
    p.verb_only = verb_only;
    out_->patterns.push_back(std::move(p));
  }

  const std::string& name_;
  const PetrarchVerbOptions& opt_;
  std::vector<std::string>* problems_;
  PetrarchVerbDictionary* out_ = nullptr;
  int line_ = 0;
  Block block_;
  bool have_block_ = false;
  std::string synset_;  // the synset whose "+" members are being read; empty otherwise
  bool synset_plural_ = true;
  std::unordered_map<std::string, std::vector<std::string>> synsets_;
  std::unordered_set<std::string> seen_;
};

}  // namespace

Result<PetrarchVerbDictionary> ParsePetrarchVerbs(std::string_view text, const std::string& name,
                                                  const PetrarchVerbOptions& options,
                                                  std::vector<std::string>* problems) {
  PetrarchVerbDictionary dict;
  Parser parser(name, options, problems);
  Status s = parser.Run(text, &dict);
  if (!s.ok()) return s;
  return dict;
}

Result<PetrarchVerbDictionary> ReadPetrarchVerbs(const std::string& path,
                                                 const PetrarchVerbOptions& options,
                                                 std::vector<std::string>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read");
  std::stringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::Error(path + ": read error");
  return ParsePetrarchVerbs(buf.str(), std::filesystem::path(path).filename().string(), options,
                            problems);
}

}  // namespace dyad

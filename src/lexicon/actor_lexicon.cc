#include "lexicon/actor_lexicon.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "core/dates.h"
#include "core/utf8.h"
#include "lexicon/petrarch.h"
#include "lexicon/tsv.h"
#include "text/arabic.h"
#include "text/normalize.h"
#include "text/stem.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

bool ValidCode(std::string_view c) {
  if (c.empty() || c.size() % 3 != 0) return false;
  for (char ch : c)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

bool ValidRoleDate(std::string_view d) {
  if (d.empty()) return true;
  if (d.size() == 4) return std::all_of(d.begin(), d.end(), ::isdigit);
  return IsValidDate(d);
}

bool ValidLang(std::string_view l) {
  return l == "*" || (l.size() == 2 && std::islower(static_cast<unsigned char>(l[0])) &&
                      std::islower(static_cast<unsigned char>(l[1])));
}

enum class FileType { kNames, kSectors, kGuards, kAnaphors, kPetrarchActors, kPetrarchAgents };

FileType TypeOf(const fs::path& p) {
  const std::string name = p.filename().string();
  if (name.ends_with(".actors.txt")) return FileType::kPetrarchActors;
  if (name.ends_with(".agents.txt")) return FileType::kPetrarchAgents;
  if (name.starts_with("sectors")) return FileType::kSectors;
  if (name.starts_with("guards")) return FileType::kGuards;
  if (name.starts_with("coref")) return FileType::kAnaphors;
  return FileType::kNames;
}

bool DictionaryFile(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.starts_with(".") && (p.extension() == ".tsv" || name.ends_with(".actors.txt") ||
                                    name.ends_with(".agents.txt"));
}

// A fact read from any file, before indexing.
struct Row {
  std::string lang;
  std::vector<std::string> words;  // phrase words as written
  std::vector<std::string> keys;   // their normalised keys
  std::string joined;              // language and keys: the identity of the phrase
  uint32_t id = 0;                 // entry or sector id
  bool sector = false;
  bool anaphor = false;
  bool stem = false;  // TABARI stem: the last word matches as a prefix
};

std::string Joined(const std::string& lang, const std::vector<std::string>& keys) {
  std::string k = lang;
  for (const auto& w : keys) k += "|" + w;
  return k;
}

using utf8::CodePoints;

bool FuzzyKind(ActorKind kind) {
  return kind == ActorKind::kCountry || kind == ActorKind::kAdj || kind == ActorKind::kPeople ||
         kind == ActorKind::kCapital || kind == ActorKind::kCity || kind == ActorKind::kOrg ||
         kind == ActorKind::kPerson || kind == ActorKind::kSeat;
}

// Arabic names built on عبد ("servant of") are written both apart and glued: "عبد الله"
// and "عبدالله", "عبد العزيز" and "عبدالعزيز". The keys of the glued form of a name's
// words, or nothing when they hold no عبد before a word with the article.
std::vector<std::string> GluedAbdKeys(const std::vector<std::string>& words) {
  static const std::string kAbd = "\u0639\u0628\u062F", kAl = "\u0627\u0644";  // عبد ال
  std::vector<std::string> keys;
  bool glued = false;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string w = words[i];
    if (NormalizeWord(w) == kAbd && i + 1 < words.size() && NormalizeWord(words[i + 1]).starts_with(kAl)) {
      w += words[++i];
      glued = true;
    }
    keys.push_back(LexiconKey("", w, KeyMode::kNorm));
  }
  if (!glued) keys.clear();
  return keys;
}

// Media outlets and companies name themselves in Latin letters, often with an English
// word ("Politico", "Guardian"): a word a letter or two off is that word's kin
// ("Political"), not a transliteration of theirs.
bool FuzzyName(ActorKind kind, std::string_view code) {
  if (!FuzzyKind(kind) || code.empty()) return false;
  return !(kind == ActorKind::kOrg && (code.ends_with("MED") || code.ends_with("BUS")));
}

// Latin or Cyrillic letters only (apostrophes and hyphens allowed): the scripts in which
// machine translation and transliteration produce name variants.
bool FuzzyScript(std::string_view w) {
  for (size_t i = 0; i < w.size();) {
    const char32_t c = utf8::Next(w, i);
    if (c == '\'' || c == '-') continue;
    const bool latin =
        (c < 0x80 && std::isalpha(static_cast<int>(c))) || (c >= 0xC0 && c <= 0x24F) || c == 0x259;
    const bool cyrillic = c >= 0x400 && c <= 0x4FF;
    if (!latin && !cyrillic) return false;
  }
  return !w.empty();
}

}  // namespace

Result<std::shared_ptr<const ActorLexicon>> ActorLexicon::Load(
    const std::vector<std::string>& paths, std::vector<std::string>* problems, bool strict) {
  Report report;
  auto r = Load(paths, &report, strict);
  problems->insert(problems->end(), report.problems.begin(), report.problems.end());
  return r;
}

Result<std::shared_ptr<const ActorLexicon>> ActorLexicon::Load(
    const std::vector<std::string>& paths, Report* report, bool strict) {
  auto lex = std::make_shared<ActorLexicon>();
  static std::atomic<uint64_t> loaded{0};
  lex->serial_ = ++loaded;
  std::vector<Row> rows;
  std::set<std::string> langs = {"en", "ar"};
  // Identity of a fact: language, normalised words and period -> code and where.
  // Identity of a fact (language, normalised words, period) -> the entry that has it.
  std::unordered_map<std::string, uint32_t> seen_names, seen_sectors;
  seen_names.reserve(1 << 16);
  struct PendingGuard {
    std::string lang;
    std::vector<std::string> keys;
    ActorGuard guard;
  };
  std::vector<PendingGuard> guards;
  struct PendingInstitution {
    std::string lang;
    std::vector<std::string> keys;
    std::string where;
  };
  std::vector<PendingInstitution> institution_rows;
  auto& problems = report->problems;
  const size_t problems_before = problems.size();

  auto keys_of = [](const std::vector<std::string>& words) {
    std::vector<std::string> keys;
    keys.reserve(words.size());
    for (const auto& w : words) keys.push_back(w == "*" ? "*" : LexiconKey("", w, KeyMode::kNorm));
    return keys;
  };
  // Adds a name unless it repeats or contradicts an earlier one; returns a problem.
  auto add_name = [&](ActorEntry e, bool stem) -> Status {
    Row row;
    row.lang = e.lang;
    row.words = PhraseWords(e.surface);
    if (row.words.empty()) return Status::Error("empty surface form");
    row.keys = keys_of(row.words);
    row.joined = Joined(e.lang, row.keys);
    const std::string key = row.joined + "#" + e.from + "#" + e.to;
    auto [it, fresh] = seen_names.emplace(key, static_cast<uint32_t>(lex->entries_.size()));
    // (An Arabic name with the article and the same word without it, "السعودية" and the
    // nisba "سعودية", share a key but are matched apart: the second joins the group.)
    const auto definite = [](const std::string& w) { return w.starts_with("\u0627\u0644"); };  // ال
    const auto other_form = [&](const ActorEntry& first) {
      return e.lang == "ar" && first.lang == "ar" && first.code == e.code &&
             definite(first.surface) != definite(e.surface) && first.kind != e.kind;
    };
    if (!fresh && !other_form(lex->entries_[it->second])) {
      const ActorEntry& first = lex->entries_[it->second];
      if (first.code == e.code) {
        report->duplicates.push_back(e.where + ": \"" + e.surface + "\" repeats " + first.where);
        return Status();
      }
      const std::string what = first.code.empty() ? "no actor" : first.code;
      return Status::Error("\"" + e.surface + "\" " + (e.code.empty() ? "---" : e.code) +
                           " conflicts with " + what + " at " + first.where + " (skipped)");
    }
    if (e.entity.empty()) {
      if (e.kind == ActorKind::kCountry || e.kind == ActorKind::kAdj ||
          e.kind == ActorKind::kPeople || e.kind == ActorKind::kCapital)
        e.entity = e.code.substr(0, 3);
      else
        e.entity = e.code.empty() ? "-" : e.code;
    }
    row.id = static_cast<uint32_t>(lex->entries_.size());
    row.stem = stem;
    if (e.lang != "*") langs.insert(e.lang);
    lex->entries_.push_back(std::move(e));
    rows.push_back(std::move(row));
    return Status();
  };
  auto add_sector = [&](SectorEntry s) -> Status {
    Row row;
    row.lang = s.lang;
    row.words = PhraseWords(s.surface);
    if (row.words.empty()) return Status::Error("empty surface form");
    row.keys = keys_of(row.words);
    auto [it, fresh] =
        seen_sectors.emplace(Joined(s.lang, row.keys), static_cast<uint32_t>(lex->sectors_.size()));
    if (!fresh) {
      const SectorEntry& first = lex->sectors_[it->second];
      if (first.sector == s.sector && first.before == s.before) {
        report->duplicates.push_back(s.where + ": \"" + s.surface + "\" repeats " + first.where);
        return Status();
      }
      return Status::Error("\"" + s.surface + "\" " + s.sector + " conflicts with " + first.sector +
                           " at " + first.where + " (skipped)");
    }
    row.sector = true;
    row.id = static_cast<uint32_t>(lex->sectors_.size());
    lex->sector_keys_.emplace(s.surface, Joined("", row.keys));
    if (s.lang != "*") langs.insert(s.lang);
    lex->sectors_.push_back(std::move(s));
    rows.push_back(std::move(row));
    return Status();
  };

  auto read_tsv = [&](const std::string& file, FileType type) -> Status {
    return ReadTsv(
        file,
        [&](const TsvLine& l) -> Status {
          const auto& f = l.fields;
          if (f.size() < 3) return Status::Error("too few fields");
          const std::string lang(f[0]);
          if (!ValidLang(lang)) return Status::Error("bad language \"" + lang + "\"");
          const std::string surface(f[1]);
          if (surface.empty()) return Status::Error("empty surface form");
          if (type == FileType::kSectors) {
            // "---": a phrase holding a sector word that names no actor ("official visit").
            if (f.size() < 3 || f.size() > 4 || f[2].size() != 3 || (f[2] != kNoSector && !ValidCode(f[2])))
              return Status::Error("expected lang<TAB>surface<TAB>SECTOR (3 capital letters or ---)");
            using Condition = SectorEntry::Condition;
            Condition condition = Condition::kNone;
            const bool posted = f.size() == 4 && f[3] == "posted";
            const bool sent = f.size() == 4 && f[3] == "sent";
            if (f.size() == 4 && !posted && !sent) {
              if (f[3] == "after-number")
                condition = Condition::kAfterNumber;
              else if (f[3] == "definite")
                condition = Condition::kDefinite;
              else if (f[3] == "with-country")
                condition = Condition::kWithCountry;
              else
                return Status::Error("unknown condition \"" + std::string(f[3]) +
                                     "\" (after-number, definite, with-country, posted, sent)");
            }
            return add_sector(
                {std::string(f[2]), false, condition, surface, lang, l.where(), posted, sent});
          }
          if (type == FileType::kAnaphors) {
            if (f.size() != 3) return Status::Error("expected lang<TAB>phrase<TAB>refers");
            Anaphor a;
            if (f[2] == "pair")
              a.refers = Anaphor::Refers::kPair;
            else if (f[2] == "country")
              a.refers = Anaphor::Refers::kCountry;
            else if (f[2].starts_with("realm:")) {
              a.refers = Anaphor::Refers::kCountry;
              for (std::string_view rest = f[2].substr(6); !rest.empty();) {
                const size_t comma = std::min(rest.find(','), rest.size());
                if (const std::string_view c = rest.substr(0, comma); c.size() == 3 && ValidCode(c))
                  a.realm.emplace_back(c);
                else
                  return Status::Error("a realm lists state codes: realm:OMN,BRN");
                rest.remove_prefix(std::min(comma + 1, rest.size()));
              }
              if (a.realm.empty()) return Status::Error("a realm lists its states: realm:OMN,BRN");
            } else if (f[2] == "own")
              a.refers = Anaphor::Refers::kOwn;
            else if (f[2] == "leaders")
              a.refers = Anaphor::Refers::kLeaders;
            else if (f[2] == "sides")
              a.refers = Anaphor::Refers::kSides;
            else if (f[2] == "institution")
              a.refers = Anaphor::Refers::kInstitution;
            else if (f[2] == "group")
              a.refers = Anaphor::Refers::kGroup;
            else if (f[2] == "body")
              a.refers = Anaphor::Refers::kBody;
            else if (f[2] == "party")
              a.refers = Anaphor::Refers::kParty;
            else if (f[2] == "latter")
              a.refers = Anaphor::Refers::kLatter;
            else if (f[2] == "styled")
              a.refers = Anaphor::Refers::kStyled;
            else if (f[2] == "host")
              a.refers = Anaphor::Refers::kHost;
            else
              return Status::Error(
                  "unknown reference \"" + std::string(f[2]) +
                  "\" (pair, leaders, sides, country, realm:..., own, institution, "
                  "group, body, party, latter, styled, host)");
            if (a.refers == Anaphor::Refers::kHost) {
              if (PhraseWords(surface).size() != 1) return Status::Error("a host verb is one word");
              lex->host_verbs_[lang].insert(NormalizeWord(surface));
              return Status();
            }
            if (a.refers == Anaphor::Refers::kInstitution) {
              institution_rows.push_back({lang, keys_of(PhraseWords(surface)), l.where()});
              return Status();
            }
            a.surface = surface;
            a.lang = lang;
            a.where = l.where();
            Row row;
            row.lang = lang;
            row.words = PhraseWords(surface);
            row.keys = keys_of(row.words);
            row.anaphor = true;
            if (lang != "*") langs.insert(lang);
            row.id = static_cast<uint32_t>(lex->anaphors_.size());
            lex->anaphors_.push_back(std::move(a));
            rows.push_back(std::move(row));
            return Status();
          }
          if (type == FileType::kGuards) {
            if (f.size() != 5)
              return Status::Error("expected lang<TAB>surface<TAB>rule<TAB>words<TAB>result");
            ActorGuard g;
            const std::string_view rule = f[2];
            if (rule == "next")
              g.rule = ActorGuard::Rule::kNext;
            else if (rule == "prev")
              g.rule = ActorGuard::Rule::kPrev;
            else if (rule == "doc")
              g.rule = ActorGuard::Rule::kDoc;
            else if (rule == "name")
              g.rule = ActorGuard::Rule::kName;
            else
              return Status::Error("unknown guard rule \"" + std::string(rule) +
                                   "\" (next, prev, doc, name)");
            std::string_view w = f[3];
            while (!w.empty()) {
              const size_t bar = w.find('|');
              const std::string_view word = w.substr(0, bar);
              for (const auto& k : keys_of(PhraseWords(word))) g.words.push_back(k);
              if (bar == std::string_view::npos) break;
              w.remove_prefix(bar + 1);
            }
            if (g.words.empty() && g.rule != ActorGuard::Rule::kName)
              return Status::Error("guard without words");
            g.result = f[4] == "---" ? "" : std::string(f[4]);
            if (!g.result.empty() && !ValidCode(g.result))
              return Status::Error("bad result code \"" + g.result + "\"");
            g.where = l.where();
            guards.push_back({lang, keys_of(PhraseWords(surface)), std::move(g)});
            return Status();
          }
          if (f.size() != 4 && f.size() != 6 && f.size() != 7)
            return Status::Error("expected 4, 6 or 7 tab-separated fields");
          ActorEntry e{std::string(f[2]), ActorKind::kNone, "", "", surface, lang, "", l.where()};
          if (f.size() >= 6) e.from = f[4], e.to = f[5];
          if (f.size() == 7) e.entity = f[6];
          if (!ParseLexiconKind(f[3], &e.kind))
            return Status::Error("unknown kind \"" + std::string(f[3]) + "\"");
          if (e.kind == ActorKind::kNone) {
            if (e.code != "---") return Status::Error("kind none takes the code ---");
            e.code.clear();
          } else if (!ValidCode(e.code)) {
            return Status::Error("bad actor code \"" + e.code + "\"");
          }
          if (!ValidRoleDate(e.from) || !ValidRoleDate(e.to))
            return Status::Error("bad date (want YYYY or YYYY-MM-DD)");
          if (!e.from.empty() && !e.to.empty() && e.to.size() == e.from.size() && e.to < e.from)
            return Status::Error("end date before start date");
          return add_name(std::move(e), false);
        },
        &problems);
  };

  // The files to read, in order.
  std::vector<fs::path> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> in_dir;
      for (const auto& e : fs::directory_iterator(p, ec))
        if (e.is_regular_file() && DictionaryFile(e.path())) in_dir.push_back(e.path());
      std::sort(in_dir.begin(), in_dir.end());
      files.insert(files.end(), in_dir.begin(), in_dir.end());
    } else if (fs::is_regular_file(p, ec)) {
      files.emplace_back(p);
    } else {
      return Status::Error(p + ": actor dictionary directory not found");
    }
  }
  for (const auto& path : files) {
    const std::string file = path.string();
    const FileType type = TypeOf(path);
    if (type == FileType::kPetrarchActors) {
      auto actors = ReadPetrarchActors(file, &problems);
      if (!actors.ok()) return actors.status();
      for (auto& a : *actors) {
        // Kinds for imported records: a bare three-letter code names a state (it
        // composes with sectors); anything else is an organisation whose dated codes
        // apply in their periods and whose default applies otherwise.
        const ActorKind kind =
            a.code.empty()
                ? ActorKind::kNone
                : (a.code.size() == 3 && !a.dated ? ActorKind::kCountry : ActorKind::kOrg);
        ActorEntry e{a.code, kind, a.from, a.to, a.surface, "en", "petrarch:" + a.record, a.where};
        Status s = add_name(std::move(e), a.stem);
        if (!s.ok()) problems.push_back(a.where + ": " + s.message());
      }
      continue;
    }
    if (type == FileType::kPetrarchAgents) {
      auto agents = ReadPetrarchAgents(file, &problems);
      if (!agents.ok()) return agents.status();
      for (auto& a : *agents) {
        Status s = add_sector({a.code, a.before, SectorEntry::Condition::kNone, a.surface, "en", a.where});
        if (!s.ok()) problems.push_back(a.where + ": " + s.message());
      }
      continue;
    }
    Status s = read_tsv(file, type);
    if (!s.ok()) return s;
  }
  if (strict && problems.size() > problems_before) return Status::Error(problems[problems_before]);
  langs.insert("*");

  // Entries sharing language and normalised words form one group (dated roles and a
  // default code); only the group's first entry is indexed.
  std::unordered_map<std::string, uint32_t> group_of;
  group_of.reserve(rows.size());
  std::vector<bool> indexed(rows.size(), true);
  lex->group_.assign(lex->entries_.size(), 0);
  for (size_t k = 0; k < rows.size(); ++k) {
    const Row& r = rows[k];
    if (r.sector || r.anaphor) continue;
    auto [it, fresh] = group_of.emplace(r.joined, static_cast<uint32_t>(lex->alternatives_.size()));
    if (fresh)
      lex->alternatives_.emplace_back();
    else
      indexed[k] = false;
    lex->alternatives_[it->second].push_back(r.id);
    lex->group_[r.id] = it->second;
  }
  for (auto& g : guards) {
    // A guard written for "*" or for one language applies to that group.
    auto it = group_of.find(Joined(g.lang, g.keys));
    if (it == group_of.end()) {
      problems.push_back(g.guard.where + ": guard for a name that is not in the dictionaries");
      continue;
    }
    lex->guards_[it->second].push_back(std::move(g.guard));
  }
  for (const auto& in : institution_rows) {
    const std::string key = Joined(in.lang, in.keys);
    if (!seen_sectors.count(key)) {
      problems.push_back(in.where + ": institution that is not a sector word");
      continue;
    }
    lex->institutions_.insert(key);
  }
  if (strict && problems.size() > problems_before) return Status::Error(problems[problems_before]);

  for (const auto& lang : langs) {
    auto idx = std::make_unique<LangIndexes>();
    const bool stems = lang == "ru" || lang == "tr";
    for (size_t k = 0; k < rows.size(); ++k) {
      const Row& r = rows[k];
      if (!indexed[k] || (r.lang != lang && r.lang != "*")) continue;
      if (r.anaphor) {
        idx->anaphors.Add(r.keys, r.id);
        for (const auto& key : r.keys) idx->words.Intern(key);
        continue;
      }
      (r.sector ? idx->sectors : idx->names).Add(r.keys, r.id);
      if (!r.sector)
        if (auto glued = GluedAbdKeys(r.words); !glued.empty()) {
          idx->names.Add(glued, r.id);
          for (const auto& key : glued) idx->words.Intern(key);
        }
      for (const auto& key : r.keys)
        if (key != "*") idx->words.Intern(key);
      if (r.stem) idx->stems.Intern(r.keys.back());
      if (stems) {
        // Stem keys, unless a stem is so short that it would meet ordinary words.
        std::vector<std::string> sk;
        bool ok = true;
        for (size_t w = 0; w < r.keys.size() && ok; ++w) {
          if (r.keys[w] == "*" || IsArabicScript(r.keys[w])) {
            sk.push_back(r.keys[w]);
            continue;
          }
          std::string s = StemWord(lang, r.keys[w]);
          ok = s == r.keys[w] || CodePoints(s) >= 4;
          sk.push_back(std::move(s));
        }
        // Added even when a stem is the word itself: a token's key is its stem, and
        // Екатеринбурга has the stem of Екатеринбург.
        if (ok) (r.sector ? idx->sector_stems : idx->name_stems).Add(std::move(sk), r.id);
      }
      if (!r.sector && r.keys.size() == 1 && CodePoints(r.keys[0]) >= 6 &&
          FuzzyName(lex->entries_[r.id].kind, lex->entries_[r.id].code) && FuzzyScript(r.keys[0]))
        idx->fuzzy_ids.push_back(r.id);
    }
    lex->by_lang_[lang] = std::move(idx);
  }
  return std::shared_ptr<const ActorLexicon>(std::move(lex));
}

const ActorLexicon::LangIndexes& ActorLexicon::For(const std::string& lang) const {
  const auto* idx = by_lang_.Find(lang);
  return idx ? **idx : **by_lang_.Find("en");
}

const PhraseIndex& ActorLexicon::Names(const std::string& lang) const { return For(lang).names; }
const PhraseIndex& ActorLexicon::Sectors(const std::string& lang) const {
  return For(lang).sectors;
}
const PhraseIndex& ActorLexicon::Anaphors(const std::string& lang) const {
  return For(lang).anaphors;
}

const std::unordered_set<std::string>* ActorLexicon::HostVerbs(const std::string& lang) const {
  const auto it = host_verbs_.find(lang);
  return it == host_verbs_.end() ? nullptr : &it->second;
}

bool ActorLexicon::IsInstitution(const std::string& lang, std::string_view surface) const {
  std::string keys;
  if (auto it = sector_keys_.find(surface); it != sector_keys_.end()) {
    keys = it->second;
  } else {
    std::vector<std::string> words;
    for (const auto& w : PhraseWords(surface)) words.push_back(LexiconKey("", w, KeyMode::kNorm));
    keys = Joined("", words);
  }
  return institutions_.count(lang + keys) > 0 || institutions_.count("*" + keys) > 0;
}
const PhraseIndex& ActorLexicon::NameStems(const std::string& lang) const {
  return For(lang).name_stems;
}
const PhraseIndex& ActorLexicon::SectorStems(const std::string& lang) const {
  return For(lang).sector_stems;
}

bool ActorLexicon::KnowsWord(const std::string& lang, std::string_view key) const {
  return Words(lang).Find(key) != WordIds::kNone;
}

const WordIds& ActorLexicon::Words(const std::string& lang) const { return For(lang).words; }

bool ActorLexicon::IsStem(const std::string& lang, std::string_view key) const {
  return For(lang).stems.Find(key) != WordIds::kNone;
}

bool ActorLexicon::HasStems(const std::string& lang) const { return For(lang).stems.size() > 0; }

const FuzzyIndex& ActorLexicon::Fuzzy(const LangIndexes& idx) const {
  std::call_once(idx.fuzzy_once, [&] {
    auto f = std::make_unique<FuzzyIndex>();
    for (uint32_t id : idx.fuzzy_ids) f->Add(NormalizeWord(entries_[id].surface), id);
    idx.fuzzy = std::move(f);
  });
  return *idx.fuzzy;
}

void ActorLexicon::PrepareFuzzy(const std::string& lang) const { Fuzzy(For(lang)); }

std::vector<FuzzyIndex::Match> ActorLexicon::FuzzyLookup(const std::string& lang,
                                                         std::string_view word) const {
  const FuzzyIndex& fuzzy = Fuzzy(For(lang));
  // Names recur across a corpus, and a lookup transliterates and scans candidates:
  // each thread remembers its recent answers (bounded; cleared when full).
  thread_local std::unordered_map<std::string, std::vector<FuzzyIndex::Match>> cache;
  thread_local uint64_t cache_owner = 0;
  if (cache_owner != serial_ || cache.size() > 50000) {
    cache.clear();
    cache_owner = serial_;
  }
  std::string key = lang;
  key += '\x1f';
  key.append(word);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  auto result = fuzzy.Lookup(word, 8);
  cache.emplace(std::move(key), result);
  return result;
}

const std::vector<ActorGuard>* ActorLexicon::Guards(uint32_t id) const {
  auto it = guards_.find(group_[id]);
  return it == guards_.end() ? nullptr : &it->second;
}

ActorLexiconStats ActorLexicon::Stats() const {
  ActorLexiconStats s;
  s.entries = entries_.size();
  s.sectors = sectors_.size();
  for (const auto& [g, list] : guards_) s.guards += list.size();
  std::set<std::string> entities;
  std::set<std::pair<std::string, std::string>> names, sector_names;
  for (const auto& e : entries_) {
    if (!e.code.empty()) entities.insert(e.entity);
    s.entries_by_kind[std::string(ActorKindName(e.kind))]++;
    names.emplace(e.lang, e.surface);
  }
  for (const auto& e : sectors_) sector_names.emplace(e.lang, e.surface);
  for (const auto& [lang, surface] : names) s.names_by_lang[lang]++;
  for (const auto& [lang, surface] : sector_names) s.sectors_by_lang[lang]++;
  s.entities = entities.size();
  return s;
}

}  // namespace dyad

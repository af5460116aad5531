#include "lexicon/actor_lexicon.h"

#include <filesystem>
#include <regex>
#include <set>

#include "core/dates.h"
#include "lexicon/tsv.h"

namespace dyad {
namespace {

const std::set<std::string> kKinds = {"country", "adj", "capital", "seat", "org", "person"};

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

}  // namespace

Result<std::shared_ptr<const ActorLexicon>> ActorLexicon::Load(const std::vector<std::string>& dirs,
                                                                std::vector<std::string>* problems,
                                                                bool strict) {
  auto lex = std::make_shared<ActorLexicon>();
  struct Pending {
    std::string lang;
    std::vector<std::string> words;
    uint32_t id;
    bool sector;
  };
  std::vector<Pending> pending;
  std::set<std::string> langs = {"en", "ar"};
  std::map<std::string, std::string> seen;  // lang|surface|kind -> code@where
  const size_t problems_before = problems->size();
  for (const auto& dir : dirs) {
    if (!std::filesystem::is_directory(dir))
      return Status::Error(dir + ": actor dictionary directory not found");
    for (const auto& file : TsvFiles(dir)) {
      const bool sector_file = std::filesystem::path(file).filename().string().starts_with("sectors");
      Status s = ReadTsv(
          file,
          [&](const TsvLine& l) -> Status {
            const auto& f = l.fields;
            if (f.size() < 3) return Status::Error("too few fields");
            const std::string lang(f[0]);
            if (!ValidLang(lang)) return Status::Error("bad language \"" + lang + "\"");
            const std::string surface(f[1]);
            auto words = PhraseWords(surface);
            if (words.empty()) return Status::Error("empty surface form");
            if (sector_file) {
              if (f.size() != 3 || f[2].size() != 3 || !ValidCode(f[2]))
                return Status::Error("expected lang<TAB>surface<TAB>SECTOR (3 capital letters)");
              pending.push_back({lang, words, static_cast<uint32_t>(lex->sectors_.size()), true});
              lex->sectors_.push_back({std::string(f[2]), surface, l.where()});
            } else {
              if (f.size() != 4 && f.size() != 6)
                return Status::Error("expected 4 or 6 tab-separated fields");
              ActorEntry e{std::string(f[2]), std::string(f[3]), "", "", surface, l.where()};
              if (f.size() == 6) e.from = f[4], e.to = f[5];
              if (!ValidCode(e.code)) return Status::Error("bad actor code \"" + e.code + "\"");
              if (!kKinds.count(e.kind)) return Status::Error("unknown kind \"" + e.kind + "\"");
              if (!ValidRoleDate(e.from) || !ValidRoleDate(e.to))
                return Status::Error("bad date (want YYYY or YYYY-MM-DD)");
              const std::string key = lang + "|" + surface + "|" + e.kind + "|" + e.from;
              auto [it, fresh] = seen.emplace(key, e.code + " at " + l.where());
              if (!fresh) {
                if (it->second.substr(0, it->second.find(' ')) == e.code) return Status();  // duplicate
                problems->push_back(l.where() + ": \"" + surface + "\" conflicts with " + it->second);
              }
              pending.push_back({lang, words, static_cast<uint32_t>(lex->entries_.size()), false});
              lex->entries_.push_back(std::move(e));
            }
            if (lang != "*") langs.insert(lang);
            return Status();
          },
          problems);
      if (!s.ok()) return s;
    }
  }
  if (strict && problems->size() > problems_before) return Status::Error((*problems)[problems_before]);
  langs.insert("*");
  // Entries sharing language and surface form one group; only its first is indexed.
  std::map<std::string, uint32_t> group_of;
  std::vector<bool> indexed(pending.size(), true);
  lex->group_.assign(lex->entries_.size(), 0);
  for (size_t k = 0; k < pending.size(); ++k) {
    const auto& p = pending[k];
    if (p.sector) continue;
    const std::string key = p.lang + "|" + lex->entries_[p.id].surface;
    auto [it, fresh] = group_of.emplace(key, static_cast<uint32_t>(lex->alternatives_.size()));
    if (fresh) lex->alternatives_.emplace_back();
    else indexed[k] = false;
    lex->alternatives_[it->second].push_back(p.id);
    lex->group_[p.id] = it->second;
  }
  for (const auto& lang : langs) {
    auto idx = std::make_unique<LangIndexes>();
    for (size_t k = 0; k < pending.size(); ++k) {
      const auto& p = pending[k];
      if (!indexed[k] || (p.lang != lang && p.lang != "*")) continue;
      std::vector<std::string> keys;
      for (const auto& w : p.words) keys.push_back(LexiconKey(lang, w, KeyMode::kNorm));
      (p.sector ? idx->sectors : idx->names).Add(std::move(keys), p.id);
    }
    lex->by_lang_[lang] = std::move(idx);
  }
  return std::shared_ptr<const ActorLexicon>(std::move(lex));
}

const ActorLexicon::LangIndexes& ActorLexicon::For(const std::string& lang) const {
  auto it = by_lang_.find(lang);
  if (it == by_lang_.end()) it = by_lang_.find("en");
  return *it->second;
}

const PhraseIndex& ActorLexicon::Names(const std::string& lang) const { return For(lang).names; }
const PhraseIndex& ActorLexicon::Sectors(const std::string& lang) const { return For(lang).sectors; }

}  // namespace dyad

// The actor dictionaries: names of countries, capitals, seats of power, organisations
// and people with CAMEO codes, and sector words that compose with them.
// Format (data/actors/*.tsv; see the README):
//   names:   lang <TAB> surface <TAB> code <TAB> kind [<TAB> from <TAB> to]
//   sectors: lang <TAB> surface <TAB> SECTOR          (files named sectors*.tsv)
// Immutable once loaded; share between threads.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "lexicon/phrase_index.h"

namespace dyad {

struct ActorEntry {
  std::string code;   // e.g. "RUS", "RUSGOV", "IGOWSTNAT"
  std::string kind;   // country, adj, capital, seat, org, person
  std::string from;   // role start (YYYY-MM-DD or YYYY), may be empty
  std::string to;     // role end, empty = open
  std::string surface;
  std::string where;  // file:line
};

struct SectorEntry {
  std::string sector;  // e.g. "COP"
  std::string surface;
  std::string where;
};

class ActorLexicon {
 public:
  // Loads every *.tsv of each directory in order (later directories add to earlier
  // ones). Malformed lines are skipped and reported in problems, as are duplicates
  // and conflicting codes; strict turns any problem into a load failure.
  static Result<std::shared_ptr<const ActorLexicon>> Load(const std::vector<std::string>& dirs,
                                                          std::vector<std::string>* problems,
                                                          bool strict = false);

  // The name and sector indexes for a language ("*" entries are in every language;
  // an unknown language gets the English index).
  const PhraseIndex& Names(const std::string& lang) const;
  const PhraseIndex& Sectors(const std::string& lang) const;
  const ActorEntry& entry(uint32_t id) const { return entries_[id]; }
  // Every entry with the same language and surface as id (a person's dated roles),
  // id itself first.
  const std::vector<uint32_t>& Alternatives(uint32_t id) const { return alternatives_[group_[id]]; }
  const SectorEntry& sector(uint32_t id) const { return sectors_[id]; }
  size_t entry_count() const { return entries_.size(); }
  size_t sector_count() const { return sectors_.size(); }

 private:
  struct LangIndexes {
    PhraseIndex names{KeyMode::kNorm};
    PhraseIndex sectors{KeyMode::kNorm};
  };
  const LangIndexes& For(const std::string& lang) const;

  std::vector<ActorEntry> entries_;
  std::vector<SectorEntry> sectors_;
  std::vector<uint32_t> group_;                    // entry id -> index into alternatives_
  std::vector<std::vector<uint32_t>> alternatives_;
  std::map<std::string, std::unique_ptr<LangIndexes>> by_lang_;
};

}  // namespace dyad

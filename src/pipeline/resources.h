// The read-only resources every stage shares, loaded once per process.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "code/coder.h"
#include "core/status.h"
#include "extract/furniture.h"
#include "lexicon/actor_lexicon.h"
#include "lexicon/country_codes.h"
#include "lexicon/gazetteer.h"

namespace dyad {

struct Resources {
  std::shared_ptr<const FurniturePhrases> furniture;
  std::shared_ptr<const ActorLexicon> actors;
  CoderResources coder;
  std::shared_ptr<const Gazetteer> gazetteer;
  std::shared_ptr<const CountryCodes> countries;  // a place's country as an actor code
};

// Loads data_dir/{furniture,actors,ontology,events,places} plus the user's extra actor
// dictionary directories. Problems in data lines are appended to warnings; a missing
// or unreadable data file is an error.
Result<Resources> LoadResources(const std::string& data_dir,
                                const std::vector<std::string>& extra_actor_dirs,
                                std::vector<std::string>* warnings);

}  // namespace dyad

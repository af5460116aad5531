// Actor recognition: mentions of states, capitals, seats of power, organisations,
// people and sectors in a sentence, composed into CAMEO actor codes.
#pragma once

#include <string>
#include <vector>

#include "lexicon/actor_lexicon.h"
#include "text/token.h"

namespace dyad {

struct ActorMention {
  size_t first = 0, last = 0;  // token range [first, last) in the sentence
  Span span;                   // in the document text
  std::string code;            // e.g. "AZECOP"; a sector alone ("COP") when no country
  std::string kind;            // country, adj, capital, seat, org, person, sector
  std::string entity;          // the lexicon surface that matched
  std::string how;             // how it matched: "name", "country+sector", "role 2018-05-08..", ...
  bool has_country() const { return code.size() >= 3 && kind != "sector"; }
};

// Finds the actors of one sentence. doc_date (YYYY-MM-DD, may be empty) picks a
// person's role. In Latin and Cyrillic script a name must start with a capital letter,
// so that "turkey" the bird or "china" the porcelain are not states.
std::vector<ActorMention> RecognizeActors(const Sentence& sentence, const ActorLexicon& lexicon,
                                          const std::string& doc_date);

}  // namespace dyad

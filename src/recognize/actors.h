// Actor recognition: mentions of states, capitals, seats of power, organisations,
// people and sectors in a sentence, composed into CAMEO actor codes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/actor_lexicon.h"
#include "text/token.h"

namespace dyad {

struct ActorMention {
  size_t first = 0, last = 0;  // token range [first, last) in the sentence
  Span span;                   // in the document text (may end inside a token: "YektrinburgThe")
  std::string code;            // e.g. "AZECOP"; a sector alone ("COP") when no country
  ActorKind kind = ActorKind::kUnset;
  std::string entity;  // the lexicon surface(s) that matched
  std::string how;     // how it matched: "name", "country+sector", "role 2018-05-08..", ...
  // Added for document-level resolution and output; the fields above keep their meaning.
  std::string
      entity_id;       // stable id of the named thing ("RUS", "person:ilham-aliyev"), may be empty
  std::string sector;  // the sector part of a composed or sector mention ("COP"), else empty
  uint32_t name_entry = kNoEntry;  // lexicon entry of the name part, kNoEntry when none
  std::vector<std::string>
      group;  // all codes of a plural reference ("the two countries"), else empty
  int antecedent_sentence = -1;  // coreference: where the referent was named
  int antecedent_index = -1;
  bool guarded = false;  // its code set by a context guard (data/actors/guards.tsv)
  bool place = false;  // governed by a preposition of place ("in Russia", "في روسيا"):
                       // where something happens rather than who does it
  bool posted = false;  // an envoy or an embassy ("posted" in sectors.tsv): a state named
                        // right after it with "to" or "لدى" is its post, not an actor
  bool has_country() const { return code.size() >= 3 && kind != ActorKind::kSector; }
  // A town or a capital named as where something happens ("in Lilongwe"): kept only to
  // place the bare sectors around it, no actor of its own.
  bool place_only() const { return place && (kind == ActorKind::kCity || kind == ActorKind::kCapital); }

  static constexpr uint32_t kNoEntry = UINT32_MAX;
};

// The mention covering token t, or -1.
inline int MentionAt(const std::vector<ActorMention>& actors, size_t t) {
  for (size_t k = 0; k < actors.size(); ++k)
    if (actors[k].first <= t && t < actors[k].last) return static_cast<int>(k);
  return -1;
}

// Finds the actors of one sentence. doc_date (YYYY-MM-DD, may be empty) picks a
// person's role and any dated code. In Latin and Cyrillic script a name must start with
// a capital letter, so that "turkey" the bird or "china" the porcelain are not states;
// context guards (data/actors/guards.tsv) handle "Turkey sandwich", "Jordan Peterson".
// Inflected forms are found through suffix stripping (Turkish, Azerbaijani, Persian)
// and Snowball stems (Russian, Turkish); an unknown capitalised word that is a
// transliteration variant of a name ("Yektrinburg") is matched by its consonant
// skeleton under a precision guard. Thread-safe (const lexicon, no shared state).
std::vector<ActorMention> RecognizeActors(const Sentence& sentence, const ActorLexicon& lexicon,
                                          const std::string& doc_date);

// Builds now what RecognizeActors would otherwise build on first use (the fuzzy name
// indexes of the languages that use them: tens of milliseconds), e.g. on a thread that
// is idle while other resources load. Optional; thread-safe.
void PrepareActorRecognition(const ActorLexicon& lexicon);

// Resolves name entry id to the code it has on date (YYYY-MM-DD or empty), filling
// m->code, kind, entity, entity_id, how. Only alternatives naming entity_filter are
// considered when it is not empty. Returns false when the name is no actor on that
// date (a null code, a period that does not cover the date).
bool ResolveActorEntry(const ActorLexicon& lexicon, uint32_t id, const std::string& date,
                       const std::string& entity_filter, ActorMention* m);

// Whether Arabic mention m carries the conjunction و on its first word ("وقطر",
// "ووزير الخارجية"), rather than being a name that begins with the letter ("وزارة
// الخارجية"): a second actor, not one in apposition.
bool Conjoined(const ActorMention& m, const std::vector<Token>& tokens);

// Whether t names a kind of region before the region's own name ("محافظة", "إقليم",
// "province"): "في إقليم كردستان العراق", "in the province of Idlib" are places.
bool RegionWord(const Token& t);
// A town's word, or an English word for a capital, port or border: what a nationality
// before it places ("the Omani capital", "the Syrian border") rather than names.
bool PlaceNoun(const Token& t);
bool RegionWord(std::string_view norm);

}  // namespace dyad

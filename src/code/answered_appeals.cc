#include "code/answered_appeals.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "code/coder.h"
#include "core/literal.h"

namespace dyad {

namespace {

// The answer's verb: a word of aid under way in the future, not denied ("would leave",
// "would be flown in"; not "would not send"), in the clause after the verb of saying.
size_t UnderWayAfter(const std::vector<Token>& tokens, const ModeWords& modes, size_t said) {
  for (size_t u = said + 1; u < std::min(tokens.size(), said + 16); ++u) {
    if (IsComma(tokens[u]) || modes.IsBoundary(tokens, u)) break;
    if (modes.IsUnderWay(tokens, u) &&
        (modes.FutureBefore(tokens, u) || modes.ReportedFuture(tokens, u)) &&
        tokens[u - 1].norm != "not"_lit)
      return u;
  }
  return SIZE_MAX;
}

}  // namespace

void AddAnsweredAppeals(const Document& doc, const std::vector<Token>& tokens,
                        const std::vector<ActorMention>& actors, const ModeWords& modes,
                        const Ontology& ontology, std::vector<Event>* events,
                        std::vector<std::string>* trace) {
  const auto appeal = std::find_if(events->begin(), events->end(), [](const Event& e) {
    return e.code.size() == 4 && e.code.starts_with("023") && e.code[3] >= '1' &&
           e.code[3] <= '4' && e.mode.empty();
  });
  if (appeal == events->end()) return;
  const std::string appealer = CountryOf(appeal->source);
  const CameoCode* aid = ontology.Find(std::string("07") + appeal->code[3]);
  if (appealer.empty() || !aid) return;
  // Only the first clause joined after the appeal: one that answers it follows it.
  size_t t = TokenFrom(tokens, appeal->trigger.end);
  while (t < tokens.size() && !CommaAnd(tokens, t)) ++t;
  if (t >= tokens.size()) return;
  // Its subject, a state's actor other than the appealer, a few words in ("and the
  // Japanese embassy", "and Buenos Aires").
  int k = -1;
  for (size_t u = t + 2; u < std::min(tokens.size(), t + 5) && k < 0; ++u) k = MentionAt(actors, u);
  if (k < 0 || !actors[k].has_country() || actors[k].place || CountryOf(actors[k].code) == appealer)
    return;
  // Its verb of saying, right after it or past where it spoke ("in Majuro said").
  size_t said = SIZE_MAX;
  for (size_t u = actors[k].last;
       u < std::min(tokens.size(), actors[k].last + 4) && said == SIZE_MAX; ++u)
    if (modes.IsReport(tokens, u)) said = u;
  if (said == SIZE_MAX) return;
  const size_t verb = UnderWayAfter(tokens, modes, said);
  if (verb == SIZE_MAX) return;
  const ActorMention& answerer = actors[static_cast<size_t>(k)];
  const auto answer = [&](Event* e) {
    SourceMention(doc, answerer, e);
    e->target = appealer;
    e->target_text = appeal->source_text;
    e->target_span = appeal->source_span;
    e->mode = "future";
    SetEventCode(*aid, e);
  };
  // An act already read in the answer (a dispatch of police as a deployment, "would
  // dispatch 40 officers"; the goods as the appealer's, "a navy ship loaded with relief
  // supplies would sail") is the answer.
  bool recoded = false;
  for (Event& e : *events)
    if (&e != &*appeal && e.trigger.begin >= tokens[said].span.end &&
        (e.root == "07"_lit || e.code == "154"_lit)) {
      if (trace)
        trace->push_back("  " + e.source + " -> " + e.target + " " + e.code +
                         ": the answer to the appeal");
      answer(&e);
      recoded = true;
    }
  if (recoded) {
    // (Two acts read in it are one answer: the first stays.)
    bool kept = false;
    std::erase_if(*events, [&](const Event& e) {
      if (e.source != answerer.code || e.target != appealer || e.code != aid->code ||
          e.mode != "future"_lit)
        return false;
      return std::exchange(kept, true);
    });
    return;
  }
  Event e = *appeal;
  answer(&e);
  e.trigger = tokens[verb].span;
  e.confidence = 0.5;
  if (trace)
    trace->push_back("  " + e.source + " -> " + e.target + " " + e.code +
                     " [future]: the answer to the appeal");
  events->push_back(std::move(e));
}

}  // namespace dyad

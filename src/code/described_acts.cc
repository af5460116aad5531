#include "code/described_acts.h"

#include <algorithm>

#include "code/coder.h"
#include "core/literal.h"

namespace dyad {

namespace {

// How far past the description its words may praise: "بأنها «بادرة إنسانية» قبل".
constexpr size_t kPraiseReach = 6;

}  // namespace

void AddDescribedActs(const Document& doc, const std::vector<Token>& tokens,
                      const std::vector<ActorMention>& actors, const ModeWords& modes,
                      const Ontology& ontology, std::vector<Event>* events,
                      std::vector<std::string>* trace) {
  const CameoCode* criticise = ontology.Find("111");
  if (!criticise || events->empty()) return;
  std::vector<Event> added;
  for (size_t t = 0; t < tokens.size(); ++t) {
    const size_t end = modes.DescribedActEnd(tokens, t);
    if (end == 0 || end >= tokens.size()) continue;
    // (Past where it was said: "وصفت الخارجية التونسية القرار في بيان بأنه".)
    const size_t how =
        end + 2 < tokens.size() && tokens[end].norm == "\u0641\u064A"_lit &&    // في
                (tokens[end + 1].norm == "\u0628\u064A\u0627\u0646"_lit ||      // بيان
                 tokens[end + 1].norm == "\u062A\u0635\u0631\u064A\u062D"_lit)  // تصريح
            ? end + 2
            : end;
    if (!tokens[how].norm.starts_with("\u0628")) continue;  // ب
    // The describer: inside the pattern's gap ("وصفت الخارجية الجورجية القرار"), else
    // right before the verb ("إدارة الصحيفة التي وصفت القرار").
    int who = -1;
    for (size_t u = t + 1; u < end && who < 0; ++u)
      if (const int k = MentionAt(actors, u); k >= 0 && actors[k].has_country()) who = k;
    for (size_t u = t; who < 0 && u-- > (t > 3 ? t - 3 : 0);)
      if (const int k = MentionAt(actors, u); k >= 0) {
        if (actors[k].has_country()) who = k;
        break;
      }
    if (who < 0) continue;
    const ActorMention& describer = actors[static_cast<size_t>(who)];
    // Whoever acted: the side of the last event told before the verb, not the describer.
    const Event* acted = nullptr;
    for (const Event& e : *events)
      if (e.trigger.end <= tokens[t].span.begin && e.mode.empty() && e.source != describer.code)
        acted = &e;
    if (!acted) continue;
    bool praised = false;
    for (size_t u = how; u < std::min(tokens.size(), how + kPraiseReach) && !praised; ++u)
      praised = modes.IsPraise(tokens, u);
    if (praised) continue;
    Event x = *acted;
    SourceMention(doc, describer, &x);
    x.target = acted->source;
    x.target_span = acted->source_span;
    x.target_text = acted->source_text;
    SetEventCode(*criticise, &x);
    x.trigger = {tokens[t].span.begin, tokens[end - 1].span.end};
    x.rule = "ar:grammar.ar.tsv:described_act";
    x.confidence = std::min(acted->confidence, 0.6);
    if (std::any_of(events->begin(), events->end(), [&](const Event& e) {
          return e.source == x.source && e.target == x.target && e.root == x.root;
        }))
      continue;
    if (trace)
      trace->push_back("  " + x.source + " -> " + x.target +
                       " 111: the act just told, described by another side");
    added.push_back(std::move(x));
  }
  for (Event& x : added) events->push_back(std::move(x));
}

}  // namespace dyad

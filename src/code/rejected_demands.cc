#include "code/rejected_demands.h"

#include <algorithm>

#include "code/coder.h"
#include "core/literal.h"

namespace dyad {

namespace {

// How many words may stand between "by" and the demander's mention: its article and the
// words of its name the mention leaves out ("the Methodist church").
constexpr size_t kNameReach = 3;

}  // namespace

void AddRejectedDemands(const std::vector<Token>& tokens, const ModeWords& modes,
                        const Ontology& ontology, std::vector<Event>* events,
                        std::vector<std::string>* trace) {
  std::vector<Event> made;
  for (const Event& e : *events) {
    if (e.code != "1231"_lit || e.mode == "negated"_lit) continue;
    const size_t from = TokenFrom(tokens, e.trigger.end),
                 to = TokenFrom(tokens, e.target_span.begin);
    if (to >= tokens.size() || tokens[to].span.begin != e.target_span.begin) continue;
    size_t at = SIZE_MAX;
    for (size_t t = from; t < to && at == SIZE_MAX; ++t) {
      const size_t n = modes.DemandByLength(tokens, t);
      // (The demander right after, or past its article and words of its name: "a demand
      // by the national teachers' union", "a call by the Methodist church".)
      if (n > 0 && t + n <= to && to <= t + n + kNameReach &&
          std::all_of(tokens.begin() + static_cast<long>(t + n),
                      tokens.begin() + static_cast<long>(to),
                      [](const Token& w) { return w.word; }))
        at = t;
    }
    if (at == SIZE_MAX) continue;
    // (A call or an appeal is the appeal's code: "a call by the Christian Council for him
    // to step down".)
    const CameoCode* code = ontology.Find(tokens[at].norm.starts_with("demand") ? "1041" : "0241");
    if (!code) continue;
    Event x = e;
    SwapSides(&x);
    SetEventCode(*code, &x);
    x.mode.clear();
    x.trigger = tokens[at].span;
    x.rule = "en:grammar.en.tsv:demand_by";
    x.confidence = std::min(e.confidence, 0.6);
    AppendNewEvent(std::move(x), *events, &made, trace, "the demand turned down, made");
  }
  for (Event& x : made) events->push_back(std::move(x));
}

}  // namespace dyad

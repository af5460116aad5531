#include "code/recoded_acts.h"

#include <algorithm>

#include "code/coder.h"
#include "core/literal.h"
#include "recognize/dates.h"

namespace dyad {

namespace {

// How far after a cut its "unless" may stand ("would downgrade its embassy in Tbilisi to
// the level of a chargé d'affaires unless"), how far before it the verb of saying, and
// how far before that its speaker; and how many words after "unless" the other's act.
constexpr size_t kUnlessReach = 16, kReportReach = 12, kSpeakerReach = 8, kConditionReach = 6;

// How far after "seized" a word for premises (grammar kind `premises`) makes the seizure a
// taking over ("seized the party's headquarters").
constexpr size_t kPremisesReach = 4;

}  // namespace

void RecodeConditionalCuts(const Document& doc, const std::vector<Token>& tokens,
                           const std::vector<ActorMention>& actors, const ModeWords& modes,
                           const Ontology& ontology, std::vector<Event>* events,
                           std::vector<std::string>* trace) {
  std::vector<size_t> conditions;
  for (Event& e : *events) {
    if (!e.code.starts_with("16") || (e.mode != "hypothetical"_lit && e.mode != "future"_lit))
      continue;
    const size_t tb = TokenFrom(tokens, e.trigger.begin);
    size_t unless = 0;
    for (size_t t = tb + 1; t < std::min(tokens.size(), tb + kUnlessReach) && unless == 0; ++t) {
      if (modes.IsBoundary(tokens, t) || (ClauseBreak(tokens, t) && !IsComma(tokens[t]))) break;
      if (tokens[t].norm == "unless"_lit) unless = t;
    }
    const CameoCode* threat = ontology.Find(e.code.starts_with("162")   ? "1311"
                                            : e.code.starts_with("163") ? "1312"
                                                                        : "1313");
    if (unless == 0 || !threat) continue;
    if (trace)
      trace->push_back("  " + e.code + " -> " + threat->code +
                       ": a cut threatened unless the other acts");
    SetEventCode(*threat, &e);
    e.mode.clear();
    conditions.push_back(unless);
    // (The clause of "that" is one of its own; the speaker stands before it.)
    for (size_t r = tb;
         r-- > (tb > kReportReach ? tb - kReportReach : 0) && !ClauseBreak(tokens, r);) {
      if (!modes.IsReport(tokens, r)) continue;
      for (size_t t = r; t-- > (r > kSpeakerReach ? r - kSpeakerReach : 0);)
        if (const int k = MentionAt(actors, t); k >= 0 && !actors[k].place &&
                                                actors[k].code.size() > 3 &&
                                                CountryOf(actors[k].code) == CountryOf(e.source)) {
          SourceMention(doc, actors[k], &e);
          break;
        }
      break;
    }
  }
  for (const size_t unless : conditions)
    std::erase_if(*events, [&](const Event& e) {
      const size_t t = TokenFrom(tokens, e.trigger.begin);
      return e.mode == "hypothetical"_lit && t > unless && t <= unless + kConditionReach;
    });
}

void RecodeInquiriesIntoForces(const Ontology& ontology, std::vector<Event>* events,
                               std::vector<std::string>* trace) {
  const CameoCode* abuses = ontology.Find("092");
  if (!abuses) return;
  for (Event& e : *events)
    if (e.code == "090"_lit && e.target.size() == 6 &&
        StateForce(std::string_view(e.target).substr(3))) {
      if (trace) trace->push_back("  090 -> 092: an inquiry into a state's armed men");
      SetEventCode(*abuses, &e);
    }
}

void RecodeGoodsSeized(const std::vector<Token>& tokens, const ModeWords& modes,
                       const Ontology& ontology, std::vector<Event>* events,
                       std::vector<std::string>* trace) {
  const CameoCode* confiscated = ontology.Find("1711");
  if (!confiscated) return;
  for (Event& e : *events) {
    if (e.code != "171"_lit) continue;
    const size_t tb = TokenFrom(tokens, e.trigger.begin);
    if (tb >= tokens.size() || !tokens[tb].norm.starts_with("seiz")) continue;
    // (Not premises, taken over rather than confiscated: "seized the American embassy".)
    bool premises = false;
    for (size_t t = tb + 1; t < std::min(tokens.size(), tb + 1 + kPremisesReach) && !premises; ++t)
      premises = modes.IsPremises(tokens, t);
    if (premises) continue;
    if (trace) trace->push_back("  171 -> 1711: goods seized");
    SetEventCode(*confiscated, &e);
  }
}

void DriversAsCivilians(const Document& doc, std::vector<Event>* events,
                        std::vector<std::string>* trace) {
  // (Not drivers on strike or in protest, whom the police then hold or disperse.)
  const auto protesting = [&](const std::string& who) {
    return std::any_of(events->begin(), events->end(),
                       [&](const Event& o) { return o.root == "14"_lit && o.source == who; });
  };
  for (Event& e : *events) {
    const std::string_view code(e.code);
    if (e.target.size() != 6 || !e.target.ends_with("LAB") ||
        !(e.root == "17"_lit || e.root == "18"_lit || code.starts_with("0841") ||
          code.starts_with("0842") || code == "201"_lit || code == "202"_lit))
      continue;
    if (protesting(e.target)) continue;
    const std::string_view named =
        std::string_view(doc.text).substr(e.target_span.begin, e.target_span.size());
    if (named.find("driver") == std::string_view::npos &&
        named.find("\u0633\u0627\u0626\u0642") == std::string_view::npos)  // سائق
      continue;
    if (trace)
      trace->push_back("  " + e.source + " -> " + e.target + " " + e.code +
                       ": drivers held or harmed, civilians");
    e.target.replace(3, 3, "CVL");
  }
}

void DropDemandsOfProtests(const std::vector<Token>& tokens, std::vector<Event>* events,
                           std::vector<std::string>* trace) {
  const auto participle = [&](const Event& e) {
    const size_t t = TokenFrom(tokens, e.trigger.begin);
    return t > 0 && t < tokens.size() && IsComma(tokens[t - 1]) &&
           (tokens[t].norm == "demanding"_lit || tokens[t].norm == "calling"_lit ||
            tokens[t].norm == "urging"_lit);
  };
  std::erase_if(*events, [&](const Event& e) {
    if ((e.root != "10"_lit && e.root != "02"_lit) || !participle(e)) return false;
    const bool protest = std::any_of(events->begin(), events->end(), [&](const Event& o) {
      return o.root == "14"_lit && o.source == e.source && o.trigger.begin < e.trigger.begin;
    });
    if (protest && trace)
      trace->push_back("  " + e.source + " -> " + e.target + " " + e.code +
                       " dropped: the protest's aim");
    return protest;
  });
}

void RecodeAttemptsOnOfficials(const std::vector<Token>& tokens, const Ontology& ontology,
                               std::vector<Event>* events, std::vector<std::string>* trace) {
  const CameoCode* attempt = ontology.Find("185");
  if (!attempt) return;
  const bool ride = std::any_of(tokens.begin(), tokens.end(), [](const Token& t) {
    return t.norm == "car"_lit || t.norm == "convoy"_lit || t.norm == "motorcade"_lit ||
           t.norm == "vehicle"_lit;
  });
  if (!ride) return;
  for (Event& e : *events) {
    // (Not a suicide or car bombing, told by a code of its own: "survived a suicide attack
    // on his convoy", 1831.)
    if ((e.code != "193"_lit && e.code != "183"_lit) || !e.mode.empty() || e.target.size() != 6 ||
        !HoldsOffice(std::string_view(e.target).substr(3)))
      continue;
    const bool killed = std::any_of(events->begin(), events->end(), [&](const Event& o) {
      return o.target == e.target && (o.code == "186"_lit || o.code.starts_with("182"));
    });
    if (killed) continue;
    if (trace) trace->push_back("  " + e.code + " -> 185: fire or a bomb at an official's car");
    SetEventCode(*attempt, &e);
  }
}

}  // namespace dyad

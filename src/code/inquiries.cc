#include "code/inquiries.h"

#include "code/coder.h"
#include "core/literal.h"

namespace dyad {

namespace {

// The role part of a code: "COP" of "SOMCOP", of a bare "COP" itself.
std::string_view Role(std::string_view code, bool has_country) {
  return has_country && code.size() >= 6 ? code.substr(3, 3) : code.substr(0, 3);
}

// Those an inquiry looks into: the state's forces, or armed groups and criminals.
bool Perpetrator(const ActorMention& m) {
  const std::string_view role = Role(m.code, m.has_country());
  return StateForce(role) || role == "CRM"_lit || role == "REB"_lit || role == "INS"_lit ||
         (m.has_country() && IsArmedGroupCode(m.code));
}

// A body that looks into things: a state's government, courts, police, legislature or
// rights body, or an international organisation; not a state named bare, its people or
// its army.
bool Investigates(const ActorMention& m) {
  if (m.has_country() && m.code.size() < 6) return false;
  if (m.code.starts_with("IGO") || m.code.starts_with("NGO")) return true;
  const std::string_view role = Role(m.code, m.has_country());
  return role == "GOV"_lit || role == "JUD"_lit || role == "COP"_lit || role == "LEG"_lit ||
         role == "HRI"_lit;
}

// Does the mention tell the news rather than take part: "بحسب الشرطة الوطنية", "the
// State Police said"?
bool Teller(const std::vector<Token>& tokens, const ModeWords& modes, const ActorMention& m) {
  for (size_t t = m.first >= 3 ? m.first - 3 : 0; t < m.first; ++t)
    if (modes.AttributionLength(tokens, t) > 0) return true;
  return m.last < tokens.size() && modes.IsReport(tokens, m.last);
}

}  // namespace

InquiryTarget InquiryInto(const std::vector<Token>& tokens, const ModeWords& modes,
                          const std::vector<ActorMention>& actors, const std::vector<Event>& told,
                          size_t sentence, const ActorMention& investigator,
                          const std::string& home, size_t tb, size_t te) {
  InquiryTarget found;
  if (!Investigates(investigator)) return found;
  for (size_t j = told.size(); j-- > 0 && told[j].sentence == static_cast<int>(sentence);) {
    const Event& e = told[j];
    if ((e.root >= "18" && e.root <= "20") && e.mode != "negated"_lit &&
        e.source != investigator.code) {
      found.code = e.source;
      found.why = "an inquiry that names no one, into the agent of the force told before it";
      return found;
    }
  }
  const auto candidate = [&](const ActorMention& m) {
    return &m != &investigator && Perpetrator(m) && m.code != investigator.code &&
           (m.has_country() || IsStateCode(home)) && !Teller(tokens, modes, m);
  };
  const ActorMention* pick = nullptr;
  for (const ActorMention& m : actors)
    if (m.first >= te && candidate(m)) {
      pick = &m;
      break;
    }
  for (size_t k = actors.size(); k-- > 0 && !pick;)
    if (actors[k].last <= tb && candidate(actors[k])) pick = &actors[k];
  if (!pick) return found;
  found.code = pick->has_country() ? pick->code : home + pick->code;
  found.at = pick;
  found.why =
      pick->first >= te
          ? "an inquiry that names no one, into the armed or criminal agent named after it"
          : "an inquiry that names no one, into the armed or criminal agent named before it";
  return found;
}

std::string_view InquiryCode(std::string_view code, std::string_view target) {
  const std::string_view role = Role(target, target.size() >= 6);
  if (code == "090"_lit)
    return StateForce(role) ? std::string_view("092") : std::string_view("091");
  // (An inquiry into a killing with no victim named was taken for one into military
  // action: the police are looked into for abuse, criminals for a crime.)
  if (code == "093"_lit && role == "COP"_lit) return "092";
  if (code == "093"_lit && role == "CRM"_lit) return "091";
  return code;
}

}  // namespace dyad

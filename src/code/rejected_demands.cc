#include "code/rejected_demands.h"

#include <algorithm>

#include "code/coder.h"
#include "core/literal.h"

namespace dyad {

namespace {

// How many words may stand between "by" and the demander's mention: its article and the
// words of its name the mention leaves out ("the Methodist church").
constexpr size_t kNameReach = 3;
// How far after ", but" its verb of saying may stand ("but Prime Minister Sam Matekane
// told parliament in Maseru"), and after that verb the words that the leader stays.
constexpr size_t kSayerReach = 12, kStayReach = 12;
// In Arabic, how far past the rebuttal the words that the leader stays may stand, past the
// sayer and where it spoke ("غير أن الرئيس ... أكد في تصريح للصحفيين أمام مقر الرئاسة أن
// الوزير «يحظى بثقته الكاملة»").
constexpr size_t kArabicStayReach = 25;

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

void AddKeptInOffice(const Document& doc, const std::vector<Token>& tokens,
                     const std::vector<ActorMention>& actors, const ModeWords& modes,
                     const Ontology& ontology, std::vector<Event>* events,
                     std::vector<std::string>* trace) {
  const CameoCode* refusal = ontology.Find("1231");
  if (!refusal) return;
  // (Arabic tells the answer with no verb of saying of its own: "غير أن الرئاسة ردّت بأن
  // الرئيس «باقٍ»", "إلا أن بابيش رفض المطالبة".)
  const bool arabic = modes.lang() == "ar"_lit;
  std::vector<Event> made;
  for (const Event& e : *events) {
    // (An appeal for the fall as well as a demand: "called for the minister to step down".)
    if ((e.code != "1041"_lit && e.code != "0241"_lit) || !e.mode.empty()) continue;
    // (Not when the refusal is told already, by its own verb: "غير أن رئيس الوزراء رفض
    // الطلب مؤكداً ثقته الكاملة بوزيره".)
    if (std::any_of(events->begin(), events->end(), [&](const Event& o) {
          return o.code.starts_with("123") && o.target == e.source;
        }))
      continue;
    // (The rebuttal after a comma; the loop leaves but on its first word.)
    size_t but = TokenFrom(tokens, e.trigger.end), words = 0;
    for (; but + 1 < tokens.size() && words == 0; ++but)
      if (IsComma(tokens[but])) words = modes.RebuttalLength(tokens, but + 1);
    if (words == 0) continue;
    const size_t answer = but + words;  // the first token past the rebuttal's words
    size_t said = SIZE_MAX;
    if (arabic)
      said = answer - 1;
    else
      for (size_t t = answer; t < std::min(tokens.size(), but + kSayerReach) && said == SIZE_MAX;
           ++t)
        if (modes.IsReport(tokens, t)) said = t;
    if (said == SIZE_MAX) continue;
    size_t stays = SIZE_MAX;
    for (size_t t = said + 1;
         t < std::min(tokens.size(), said + (arabic ? kArabicStayReach : kStayReach)) &&
         stays == SIZE_MAX && tokens[t].norm != "."_lit;
         ++t)
      if (modes.IsKeptInOffice(tokens, t)) stays = t;
    if (stays == SIZE_MAX) continue;
    Event x = e;
    SwapSides(&x);  // (the one the demand was made of refuses, unless another says so)
    const size_t sayer_end = arabic ? stays : said;
    const auto sayer = std::find_if(actors.begin(), actors.end(), [&](const ActorMention& m) {
      return m.first >= answer && m.last <= sayer_end && m.has_country();
    });
    if (sayer != actors.end()) {
      SourceMention(doc, *sayer, &x);
    }
    SetEventCode(*refusal, &x);
    x.trigger = tokens[said].span;
    x.rule = modes.lang() + ":grammar." + modes.lang() + ".tsv:kept_in_office";
    x.confidence = std::min(e.confidence, 0.6);
    AppendNewEvent(std::move(x), *events, &made, trace, "the demand turned down: the leader stays");
  }
  for (Event& x : made) events->push_back(std::move(x));
}

}  // namespace dyad

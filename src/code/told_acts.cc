#include "code/told_acts.h"

#include <algorithm>

#include "code/coder.h"
#include "core/literal.h"

namespace dyad {

namespace {

// How far after the accused its torture word may stand ("عناصر من الشرطة الكينية بتعذيب"),
// and after the torture (past a count) its victims ("بتعذيب عشرات المحتجزين").
constexpr size_t kTortureReach = 3, kVictimsReach = 3;
// (English names a place and a day before "of torturing".)
constexpr size_t kEnglishTortureReach = 8;

bool TortureWord(const Token& t) {
  return t.norm.find("\u062a\u0639\u0630\u064a\u0628") != std::string::npos ||  // تعذيب
         t.norm.starts_with("tortur");
}

}  // namespace

void AddAllegedTorture(const Document& doc, const std::vector<Token>& tokens,
                       const std::vector<ActorMention>& actors, const ModeWords& modes,
                       const Ontology& ontology, int index, std::vector<Event>* events,
                       std::vector<std::string>* trace) {
  const CameoCode* torture = ontology.Find("1822");
  if (!torture) return;
  std::vector<Event> alleged;
  for (const Event& e : *events) {
    if (e.code != "1122"_lit || e.sentence != index || !e.mode.empty() || e.target.size() < 6 ||
        !IsStateCode(CountryOf(e.target)))
      continue;
    // (The torture named right after the accused, in the trigger or after it; English
    // may put a place and a day between: "accused police officers in Lautoka on Wednesday
    // of torturing".)
    const size_t accused_end = TokenFrom(tokens, e.target_span.end);
    const size_t reach = doc.lang == "en"_lit ? kEnglishTortureReach : kTortureReach;
    size_t after = SIZE_MAX;
    for (size_t t = accused_end; t < std::min(tokens.size(), accused_end + reach); ++t) {
      if (TortureWord(tokens[t])) {
        after = t + 1;
        break;
      }
      if (reach == kEnglishTortureReach && IsComma(tokens[t])) break;
    }
    if (after >= tokens.size() || (MentionAt(actors, after) < 0 && !tokens[after].word)) continue;
    // (Past their count: "بتعذيب ما لا يقل عن اثني عشر رجلاً"; people counted whom no word
    // names as a sector are civilians.)
    const size_t counted = after + modes.CountLength(tokens, after);
    int victims = -1;
    for (size_t t = counted; t < std::min(tokens.size(), counted + kVictimsReach) && victims < 0;
         ++t)
      // (Of any state: "torturing a group of Afghan and Syrian migrants".)
      if (const int k = MentionAt(actors, t); k >= 0 && HeldPeople(SectorOf(actors[k])))
        victims = k;
    if (victims < 0 && (counted == after || counted >= tokens.size() || !tokens[counted].word))
      continue;
    Event x = e;
    SetEventCode(*torture, &x);
    x.source = e.target, x.source_text = e.target_text, x.source_span = e.target_span;
    const ActorMention* named = victims >= 0 ? &actors[victims] : nullptr;
    if (named) {
      TargetMention(doc, *named, &x);
      if (!named->has_country()) x.target = CountryOf(e.target) + named->code;
    } else {
      x.target = CountryOf(e.target) + "CVL";
      x.target_span = tokens[counted].span;
      x.target_text = doc.text.substr(x.target_span.begin, x.target_span.size());
    }
    AppendNewEvent(std::move(x), *events, &alleged, trace,
                   "the torture the accusation names, by the accused");
  }
  for (Event& x : alleged) events->push_back(std::move(x));
}

void AddWreathVisits(const Document& doc, bool visit_told, const Ontology& ontology, int index,
                     std::vector<Event>* events, std::vector<Event>* placeless,
                     std::vector<std::string>* trace) {
  const CameoCode* visit = ontology.Find("042");
  if (!visit || !visit_told) return;
  // (Not when the leader's visit is already coded, to wherever: "عند النصب التذكاري لضحايا
  // الترحيل القسري للكوريين من الشرق الأقصى السوفيتي ... في طشقند".)
  const auto visits = [&](const Event& o, std::string_view from) {
    return o.sentence == index && o.code == "042"_lit && CountryOf(o.source) == from;
  };
  std::vector<Event> visited;
  for (const Event& e : *events) {
    const std::string from = CountryOf(e.source), to = CountryOf(e.target);
    const std::string_view act =
        std::string_view(doc.text).substr(e.trigger.begin, e.trigger.size());
    if (e.code != "017"_lit || e.sentence != index || e.source.size() < 6 ||
        e.source.substr(3, 3) != "GOV" || !IsStateCode(from) || !IsStateCode(to) || from == to ||
        !NamesWreath(act) || std::any_of(events->begin(), events->end(), [&](const Event& o) {
          return visits(o, from);
        }))
      continue;
    Event x = e;
    SetEventCode(*visit, &x);
    x.target = to;
    // (The visit told with no host, whose place the caller would look for, is this one.)
    if (AppendNewEvent(std::move(x), *events, &visited, trace,
                       "honours another state's dead on a visit: visits it") &&
        placeless)
      std::erase_if(*placeless, [&](const Event& o) { return visits(o, from); });
  }
  for (Event& x : visited) events->push_back(std::move(x));
}

void PlaceBombsPlanted(const Document& doc, const std::vector<Token>& tokens,
                       const std::vector<ActorMention>& actors, const Ontology& ontology, int index,
                       std::vector<Event>* events, std::vector<Event>* placeless,
                       std::vector<std::string>* trace) {
  const CameoCode* roadside = ontology.Find("1833");
  if (!roadside || doc.lang != "en"_lit) return;
  // (How far after the agent the struck may be named: "tore through a Cameroonian army
  // armoured vehicle", past no comma.)
  constexpr size_t kStruckReach = 8;
  const auto planted = [&](const Event& e) {
    if (e.sentence != index || !e.target.empty() || (e.code != "183"_lit && e.code != "1833"_lit))
      return false;
    return TokenFrom(tokens, e.trigger.begin) < tokens.size() &&
           std::string_view(doc.text).substr(e.trigger.begin, e.trigger.size()).find("planted") !=
               std::string_view::npos;
  };
  std::vector<Event> placed;
  if (placeless)
    for (auto it = placeless->begin(); it != placeless->end();) {
      if (!planted(*it)) {
        ++it;
        continue;
      }
      const size_t agent_end = TokenFrom(tokens, it->source_span.end);
      int struck = -1;
      for (size_t t = agent_end;
           t < std::min(tokens.size(), agent_end + kStruckReach) && struck < 0; ++t) {
        if (IsComma(tokens[t])) break;
        if (const int k = MentionAt(actors, t);
            k >= 0 && actors[k].has_country() && actors[k].code != it->source && !actors[k].place)
          struck = k;
      }
      if (struck < 0) {
        ++it;
        continue;
      }
      Event x = *it;
      TargetMention(doc, actors[struck], &x);
      // ("a roadside bomb planted by": the word before the bomb, or the trigger's own.)
      const size_t tb = TokenFrom(tokens, x.trigger.begin);
      if (tokens[tb].norm == "roadside"_lit || (tb > 0 && tokens[tb - 1].norm == "roadside"_lit))
        SetEventCode(*roadside, &x);
      // (The verb that told the strike, by the same agent on the same target, is it.)
      std::erase_if(*events, [&](const Event& o) {
        return o.sentence == index && o.source == x.source &&
               CountryOf(o.target) == CountryOf(x.target) && o.trigger.begin > x.trigger.begin &&
               (o.root == "17"_lit || o.root == "18"_lit || o.root == "19"_lit);
      });
      if (trace)
        trace->push_back("  " + x.source + " -> " + x.target + " " + x.code +
                         ": the bomb planted, on whom it struck");
      placed.push_back(std::move(x));
      it = placeless->erase(it);
    }
  for (Event& x : placed) events->push_back(std::move(x));
}

void AddArrestsLedTo(const Document& doc, const std::vector<Token>& tokens,
                     const std::vector<ActorMention>& actors, const Ontology& ontology, int index,
                     std::vector<Event>* events, std::vector<std::string>* trace) {
  const CameoCode* arrest = ontology.Find("173");
  if (!arrest || doc.lang != "en"_lit) return;
  // (How far after the sharing "led to" may stand, past what was shared and a relative
  // pronoun; and how far after "arrest" those arrested, past a place and a day.)
  constexpr size_t kLedReach = 24, kArrestedReach = 8;
  std::vector<Event> led;
  for (const Event& e : *events) {
    if (e.code != "064"_lit || e.sentence != index || e.target.size() != 6 ||
        !StateForce(std::string_view(e.target).substr(3)))
      continue;
    const size_t from = TokenFrom(tokens, e.trigger.end);
    size_t at = 0;
    for (size_t t = from; t + 2 < std::min(tokens.size(), from + kLedReach) && at == 0; ++t) {
      if (IsTerminal(tokens[t]) || tokens[t].norm == ";"_lit) break;
      if (tokens[t].norm != "led"_lit && tokens[t].norm != "leading"_lit) continue;
      // ("led on Tuesday to the arrest": a day between.)
      size_t u = t + 1;
      while (u < std::min(tokens.size(), t + 4) && tokens[u].norm != "to"_lit) ++u;
      if (u + 2 < tokens.size() && tokens[u].norm == "to"_lit && tokens[u + 1].norm == "the"_lit &&
          (tokens[u + 2].norm == "arrest"_lit || tokens[u + 2].norm == "arrests"_lit))
        at = u + 2;
      else
        break;
    }
    if (at == 0) continue;
    std::string state = CountryOf(e.target);
    int arrested = -1;
    for (size_t t = at + 1; t < std::min(tokens.size(), at + 1 + kArrestedReach) && arrested < 0;
         ++t) {
      if (IsComma(tokens[t])) break;
      const int k = MentionAt(actors, t);
      if (k < 0) continue;
      if (actors[k].place && actors[k].has_country()) {
        state = CountryOf(actors[k].code);
        t = actors[k].last - 1;
      } else if (HeldPeople(SectorOf(actors[k]))) {
        arrested = k;
      }
    }
    if (arrested < 0) continue;
    Event x = e;
    SetEventCode(*arrest, &x);
    x.trigger = tokens[at].span;
    x.source = e.target, x.source_text = e.target_text, x.source_span = e.target_span;
    TargetMention(doc, actors[arrested], &x);
    if (!actors[arrested].has_country()) x.target = state + actors[arrested].code;
    AppendNewEvent(std::move(x), *events, &led, trace,
                   "the arrest the intelligence shared led to, by its receiver");
  }
  for (Event& x : led) events->push_back(std::move(x));
}

}  // namespace dyad

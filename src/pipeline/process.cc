#include "pipeline/process.h"

#include <algorithm>

#include "code/coder.h"
#include "recognize/coref.h"
#include "recognize/places_when_where.h"
#include "extract/extract.h"
#include "text/analyze.h"
#include "text/arabic.h"

namespace dyad {
namespace {

// "during a visit", "on a two-day state visit": the visit at `trigger` is when the
// clause before it happened, with an article and at most two modifiers between.
bool VisitAsSetting(const std::vector<Token>& tokens, size_t trigger) {
  // (Arabic puts its "during" right before the noun: "خلال زيارة يقوم بها"; not the
  // subject's own, "خلال زيارته متحفاً".)
  if (trigger > 0 && (tokens[trigger - 1].norm == "\u062E\u0644\u0627\u0644" ||       // خلال
                      tokens[trigger - 1].norm == "\u0627\u062B\u0646\u0627\u0621"))  // اثناء
    return !tokens[trigger].norm.ends_with("\u062A\u0647");                           // ته
  for (size_t t = trigger, words = 0; t-- > 0 && words < 4; ++words) {
    // (Not the subject's own, "during its most recent visit" by a committee.)
    if (tokens[t].norm == "during" || tokens[t].norm == "on")
      return words > 0 && (tokens[t + 1].norm == "a" || tokens[t + 1].norm == "an" ||
                           tokens[t + 1].norm == "the");
    if (!tokens[t].word || tokens[t].capital) return false;
  }
  return false;
}

// "agreed in Doha", "signed in Sochi": the place at `place` is where a pact was made.
bool PactPlace(const std::vector<Token>& tokens, size_t place) {
  if (place < 2 || tokens[place - 1].norm != "in") return false;
  const std::string& verb = tokens[place - 2].norm;
  return verb == "agreed" || verb == "signed" || verb == "brokered" || verb == "reached" ||
         verb == "struck";
}

// "Israeli forces shelled the outskirts of Quneitra": a use of force without a target
// actor takes the country of the place its clause names after the trigger (not the
// article's main place, not a place before the trigger, not the source's own country).
bool TargetThePlace(const WhenWhere& when_where, const CountryCodes& countries,
                    const Gazetteer& gazetteer, const Ontology& ontology,
                    const std::vector<Sentence>& sentences, const Document& doc,
                    const std::vector<ActorMention>& actors, Event* e) {
  size_t trigger = 0;
  const WhenWhere::Answer a = when_where.ForEvent(*e, &trigger);
  if (!a.place || !a.place_from_text || !a.place_mention) return false;
  // (The place nearest the trigger may stand before it, in the agent's own name,
  // "Myanmar army artillery shelled the town of Demoso in Karenni state": the first
  // place after it is the one acted on.)
  const PlaceMention* where = a.place_mention;
  // (Bare victims of a state's forces at a place of that state named before: "اعتذر
  // ... لسكان قرية في ولاية كيبي، بعد أن قصفت طائرة عسكرية نيجيرية سوقاً ..."; kept when
  // no place follows.)
  const PlaceMention* own_before = nullptr;
  if (where->first < trigger && !e->target.empty() && !IsArmedGroupCode(e->source) &&
      countries.Find(ToEventPlace(gazetteer, where->resolved).country) == CountryOf(e->source))
    own_before = where;
  if (where->first < trigger) {
    // (In the trigger's clause: no comma between.)
    const auto& tokens = sentences[e->sentence].tokens;
    where = nullptr;
    for (const PlaceMention& p : when_where.places(static_cast<size_t>(e->sentence)))
      if (p.resolved >= 0 && p.role == "place" && p.first >= trigger &&
          std::none_of(tokens.begin() + static_cast<long>(trigger), tokens.begin() + static_cast<long>(p.first),
                       [](const Token& t) { return IsComma(t); })) {
        where = &p;
        break;
      }
    if (!where) where = own_before;
    // "signed a defence pact in Suva on Thursday during a visit by Indonesia's defence
    // minister": a visit told as the setting of the clause before it, naming no place of
    // its own, was to that clause's place.
    // (Of a state the sentence names: a gazetteer's namesake abroad is no host, "the
    // island of Rodrigues".)
    if (!where && e->code == "042" && VisitAsSetting(tokens, trigger))
      for (const PlaceMention& p : when_where.places(static_cast<size_t>(e->sentence))) {
        if (p.first >= trigger) break;
        if (p.resolved < 0 || p.role != "place") continue;
        const std::string host = countries.Find(ToEventPlace(gazetteer, p.resolved).country);
        if (host != CountryOf(e->source) &&
            std::any_of(actors.begin(), actors.end(), [&](const ActorMention& m) {
              return m.has_country() && CountryOf(m.code) == host;
            }))
          where = &p;
      }
    if (!where) return false;
  }
  // (The coder marks a state named only as where a border runs, "near the border with
  // Burundi", with the event's target span: it is no target.)
  if (e->target_span.size() > 0 && where->span.begin == e->target_span.begin) return false;
  // (Nor where a pact was made: "broke the ceasefire agreed in Doha last October by firing
  // mortar rounds into Spin Boldak" acts on the next place, if any.)
  if (PactPlace(sentences[e->sentence].tokens, where->first)) {
    const PlaceMention* next = nullptr;
    for (const PlaceMention& p : when_where.places(static_cast<size_t>(e->sentence)))
      if (p.resolved >= 0 && p.role == "place" && p.first > where->first) {
        next = &p;
        break;
      }
    if (!next) return false;
    where = next;
  }
  // A seizure takes the place only when the place is what is seized, its object ("seized
  // Goma", "seized the mining hub of Walikale"), and that is taking territory (192); not
  // "seized weapons in Kandahar".
  if (e->code == "171") {
    const auto& tokens = sentences[e->sentence].tokens;
    size_t t = trigger;
    while (t < tokens.size() && tokens[t].span.end <= e->trigger.end) ++t;
    const size_t place = where->first;
    const bool of = place > t && place - t <= 5 && tokens[place - 1].norm == "of" &&
                    std::all_of(tokens.begin() + static_cast<long>(t), tokens.begin() + static_cast<long>(place),
                                [](const Token& w) { return (w.word && !w.capital) || w.norm == "-"; });
    // (Arabic names the kind of place in construct: "على مدينة غوما".)
    const bool construct = place == t + 1 && IsArabicScript(tokens[t].norm) &&
                           !tokens[t].norm.starts_with("\u0627\u0644") && tokens[t].norm != "\u0641\u064a";  // ال، في
    if (place != t && !of && !construct) return false;
    const CameoCode* occupy = ontology.Find("192");
    if (!occupy) return false;
    SetEventCode(*occupy, e);
  }
  // "a ship in the Red Sea": a name that may denote a sea or a continent is no state's
  // territory, even where the article's context chose a region of that name.
  for (uint32_t c : where->candidates)
    if (gazetteer.place(c).country.empty()) return false;
  const Place place = ToEventPlace(gazetteer, where->resolved);
  const std::string code = countries.Find(place.country);
  // (A place of the source's own state is no target, but for an armed group fighting
  // at home: "the Rapid Support Forces shelled El Fasher"; or where the coder kept bare
  // victims, "CVL" or a school's "EDU", for its own state's: "Myanmar army artillery
  // shelled a town in Karenni state, killing five civilians".)
  // (The coder leaves a placeless event's target empty but for such victims.)
  const bool victims = !e->target.empty();
  if (code.empty() || (code == CountryOf(e->source) && !IsArmedGroupCode(e->source) && !victims)) return false;
  // (Only at home: abroad the gold is split between the state and its civilians, and
  // the state stays. But people driven from their homes, 201, are the place's people
  // whoever drove them.)
  const bool at_home = code == CountryOf(e->source) && !IsArmedGroupCode(e->source);
  e->target = victims && (at_home || e->code == "201") ? code + e->target : code;
  e->target_span = where->span;
  e->target_text = doc.text.substr(e->target_span.begin, e->target_span.size());
  when_where.Apply(e);
  e->place = place;
  return true;
}

// "Myanmar army artillery shelled a camp for displaced families near Hpakant, killing six
// people": where no place the gazetteer knows says whose they are, the bare victims of a
// state's forces, in a sentence that names no other state, are its own people. (Not in
// one that names a place of another state the gazetteer knows: "the day a U.S. B-29
// bomber dropped a plutonium bomb on the city" of Nagasaki. Not land taken, 192.)
bool VictimsAtHome(const WhenWhere& when_where, const CountryCodes& countries, const Gazetteer& gazetteer,
                   const std::vector<ActorMention>& actors, Event* e) {
  const std::string own = CountryOf(e->source);
  if (e->target.empty() || e->target.size() != 3 || IsArmedGroupCode(e->source) || !IsStateCode(own) ||
      e->code.starts_with("192"))
    return false;
  if (std::any_of(actors.begin(), actors.end(), [&](const ActorMention& m) {
        return m.has_country() && IsStateCode(CountryOf(m.code)) && CountryOf(m.code) != own;
      }))
    return false;
  for (const PlaceMention& p : when_where.places(static_cast<size_t>(e->sentence)))
    if (p.resolved >= 0 && countries.Find(ToEventPlace(gazetteer, p.resolved).country) != own) return false;
  e->target = own + e->target;
  return true;
}

// "Thai and Cambodian ministers met in Kuala Lumpur", "التقى ... وفداً إسرائيلياً في
// باريس": a meeting (040) whose own place, right after its verb and parties, lies in
// neither side's country is one at a third location (044). The coder cannot tell: a
// capital after "in" is a place, not an actor, and only the gazetteer gives its country.
void MetAtThirdLocation(const WhenWhere& when_where, const CountryCodes& countries, const Ontology& ontology,
                        const std::vector<Sentence>& sentences,
                        const std::vector<std::vector<ActorMention>>& actors, Event* e) {
  if (e->code != "040") return;
  size_t trigger = 0;
  const WhenWhere::Answer a = when_where.ForEvent(*e, &trigger);
  if (!a.place || !a.place_from_text || !a.place_mention || a.place_mention->first <= trigger) return;
  // (Past the parties and at most a time, "met Putin on Tuesday in Astana"; not a
  // topic's place, "بحث معه الأوضاع في غزة".)
  const auto& tokens = sentences[e->sentence].tokens;
  const auto& mentions = actors[e->sentence];
  const auto in_actor = [&](size_t t) {
    return std::any_of(mentions.begin(), mentions.end(), [&](const ActorMention& m) { return m.first <= t && t < m.last; });
  };
  size_t words = 0;
  for (size_t t = trigger + 1; t < a.place_mention->first; ++t) words += !in_actor(t) && tokens[t].word;
  // (The meeting's place, not its topic's: "discussed the war in Gaza", "بحث ...
  // الأوضاع في غزة". Before the place and its preposition stands a party, a time, a
  // comma or the verb itself.)
  size_t before = a.place_mention->first;
  if (before > trigger + 1 && tokens[before - 1].word && !tokens[before - 1].capital) --before;  // in, at, في
  if (before > trigger + 1) {
    const size_t w = before - 1;
    const Span ws = tokens[w].span;
    const auto& dates = when_where.dates(e->sentence);
    const bool in_date = std::any_of(dates.begin(), dates.end(), [&](const DateMention& d) {
      return d.span.begin <= ws.begin && ws.end <= d.span.end;
    });
    // (A name is no topic: "met his counterpart Jeyhun Bayramov in Abu Dhabi"; a common
    // noun is lower case in English, definite in Arabic.)
    const std::string& n = tokens[w].norm;
    const bool noun = IsArabicScript(n) ? n.starts_with("\u0627\u0644") : !tokens[w].capital;  // ال
    if (tokens[w].word && noun && !in_actor(w) && !in_date) return;
  }
  const std::string venue = countries.Find(a.place->country);
  if (words > 3 || venue.empty() || venue == CountryOf(e->source) || venue == CountryOf(e->target)) return;
  if (const CameoCode* third = ontology.Find("044")) SetEventCode(*third, e);
}

// "Gunmen killed 40 villagers in Zamfara state", "قتل مسلحون ... في كيدال": a town or
// region the actor lexicon lacks still places the bare sector words of a sentence that
// names no state, as a city it lists does ("in Aden"); the gazetteer gives its country.
// Only sentences with a bare sector and no state are geoparsed here (resolved with each
// other's evidence); the rest wait for when and where, after coding.
void PlaceBareSectors(const Gazetteer& gazetteer, const CountryCodes& countries, std::string_view text,
                      const std::vector<Sentence>& sentences, std::vector<std::vector<ActorMention>>* all_actors) {
  std::vector<std::vector<PlaceMention>> places(sentences.size());
  bool any = false;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& actors = (*all_actors)[i];
    const bool bare = std::any_of(actors.begin(), actors.end(), [](const ActorMention& a) {
      return a.kind == ActorKind::kSector && !a.has_country();
    });
    // (An armed group of no state, "Islamic State Sahel Province", names none.)
    if (!bare || std::any_of(actors.begin(), actors.end(), [](const ActorMention& a) {
          return a.has_country() && IsStateCode(CountryOf(a.code));
        }))
      continue;
    places[i] = RecognizePlaces(sentences[i], text, gazetteer, actors);
    any = any || !places[i].empty();
  }
  if (!any) return;
  ResolvePlaces(gazetteer, *all_actors, &places);
  for (size_t i = 0; i < sentences.size(); ++i)
    for (const PlaceMention& p : places[i]) {
      // (Where something happens, "in", "near", "في": not a name heading the sentence.)
      if (p.resolved < 0 || p.role != "place" || !p.after_preposition) continue;
      const GazetteerPlace& g = gazetteer.place(static_cast<uint32_t>(p.resolved));
      if (g.country.empty() || g.is_country()) continue;
      const std::string code = countries.Find(g.country);
      if (code.empty()) continue;
      auto& actors = (*all_actors)[i];
      // ("Authorities in Arawa", "السلطات في كيدال": the sector right before is of the
      // place's state, composed as with a city the lexicon lists, "police in Mogadishu".)
      const auto& tokens = sentences[i].tokens;
      const auto sector = std::find_if(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.kind == ActorKind::kSector && !a.has_country() && a.sector != "REF" && a.last + 1 == p.first &&
               (tokens[a.last].norm == "in" || tokens[a.last].norm == "\u0641\u064a");  // في
      });
      if (sector != actors.end()) {
        sector->code = code + sector->code;
        sector->kind = ActorKind::kComposed;
        sector->last = p.last;
        sector->span.end = p.span.end;
        sector->entity += " + " + g.name;
        sector->how = "sector + place in the gazetteer";
        continue;
      }
      if (std::any_of(actors.begin(), actors.end(),
                      [&](const ActorMention& a) { return a.first < p.last && p.first < a.last; }))
        continue;
      ActorMention m;
      m.first = p.first;
      m.last = p.last;
      m.span = p.span;
      m.code = code;
      m.kind = ActorKind::kCity;
      m.place = true;
      m.entity = g.name;
      m.how = "place in the gazetteer";
      const auto at = std::find_if(actors.begin(), actors.end(), [&](const ActorMention& a) { return a.first > m.first; });
      actors.insert(at, std::move(m));
    }
}

}  // namespace

ProcessedDocument ProcessDocument(RawDocument raw, const Resources& r,
                                  std::vector<Sentence>* sentences_out,
                                  std::vector<SentenceTrace>* trace) {
  ProcessedDocument out;
  out.origin = raw.origin;
  out.raw_id = raw.id;
  out.bytes = raw.body.size();
  auto doc = Extract(raw, *r.furniture);
  if (!doc.ok()) {
    out.error = doc.status().message();
    return out;
  }
  out.doc = std::move(*doc);
  std::vector<Sentence> sentences = AnalyzeText(out.doc);
  // Actors per sentence, then resolved across the document ("the ministry", "the two
  // countries", a surname after the full name).
  std::vector<std::vector<ActorMention>> all_actors;
  all_actors.reserve(sentences.size());
  for (const Sentence& s : sentences) all_actors.push_back(RecognizeActors(s, *r.actors, out.doc.date));
  ResolveDocumentActors(all_actors, sentences, *r.actors, out.doc.date);
  if (r.gazetteer && r.countries) PlaceBareSectors(*r.gazetteer, *r.countries, out.doc.text, sentences, &all_actors);
  const EventCoder coder(r.coder);
  std::vector<Event> placeless;  // uses of force whose target may be a place
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    auto& actors = all_actors[i];
    std::vector<std::string> decisions;
    auto events = coder.CodeSentence(out.doc, static_cast<int>(i), s, actors, trace ? &decisions : nullptr,
                                     r.countries ? &placeless : nullptr);
    for (auto& e : events) out.events.push_back(std::move(e));
    if (trace) trace->push_back({nullptr, actors, std::move(decisions)});
  }
  // When and where: each event gets the date and place of its clause, else the
  // article's date and main place.
  if (r.gazetteer && (!out.events.empty() || !placeless.empty())) {
    // Only the sentences with events are asked for their dates; recognising the
    // dates of the others costs about a tenth of the pipeline.
    std::vector<bool> dated(sentences.size());
    for (const std::vector<Event>* events : {&out.events, &placeless})
      for (const Event& e : *events)
        if (e.sentence >= 0 && static_cast<size_t>(e.sentence) < dated.size()) dated[e.sentence] = true;
    const WhenWhere when_where(out.doc, sentences, all_actors, *r.gazetteer, &dated);
    for (Event& e : out.events) {
      when_where.Apply(&e);
      if (r.countries) MetAtThirdLocation(when_where, *r.countries, *r.coder.ontology, sentences, all_actors, &e);
    }
    // (Not an act the sentence names again, coded with its target already: "grenades
    // filled with chloropicrin, a banned choking agent, on Ukrainian soldiers"; an
    // assault, under any of its codes: "a roadside bomb planted by Islamic State
    // militants killed four Syrian soldiers".)
    for (Event& e : placeless)
      if ((TargetThePlace(when_where, *r.countries, *r.gazetteer, *r.coder.ontology, sentences,
                          out.doc, all_actors[static_cast<size_t>(e.sentence)], &e) ||
           VictimsAtHome(when_where, *r.countries, *r.gazetteer,
                         all_actors[static_cast<size_t>(e.sentence)], &e)) &&
          std::none_of(out.events.begin(), out.events.end(), [&](const Event& o) {
            return o.sentence == e.sentence && o.source == e.source &&
                   (o.code == e.code || (o.root == "18" && e.root == "18")) &&
                   CountryOf(o.target) == CountryOf(e.target);
          }))
        out.events.push_back(std::move(e));
  }
  if (sentences_out) {
    *sentences_out = std::move(sentences);
    if (trace)
      for (size_t i = 0; i < trace->size(); ++i) (*trace)[i].sentence = &(*sentences_out)[i];
  }
  return out;
}

}  // namespace dyad

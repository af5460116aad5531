#include "recognize/places_when_where.h"

#include <algorithm>
#include <limits>

#include "core/literal.h"

namespace dyad {

namespace {

// Clause boundaries strictly between tokens a and b (a < b).
int BoundariesBetween(const std::vector<Token>& t, size_t a, size_t b) {
  int n = 0;
  for (size_t k = a + 1; k < b && k < t.size(); ++k) {
    const std::string_view w = t[k].norm;
    if (ClauseBreak(t, k)) ++n;
    else if (w != "and"_lit && w != "as"_lit && OpensClause(w) && k > a + 1)
      ++n;
  }
  return n;
}

// Distance of a mention [first, last) from a trigger token, clause boundaries counted
// as eight tokens each.
double Distance(const std::vector<Token>& t, size_t trigger, size_t first, size_t last) {
  if (trigger >= first && trigger < last) return 0;
  if (trigger < first) return static_cast<double>(first - trigger) + 8.0 * BoundariesBetween(t, trigger, first);
  // Before the trigger: slightly farther than the same distance after it, since in
  // every language here an adverbial of time or place follows its verb more often.
  return static_cast<double>(trigger - (last - 1)) + 0.5 + 8.0 * BoundariesBetween(t, last - 1, trigger);
}

// Whether token k lies between commas that do not hold token trigger, in a clause the
// comma before it opens (", who was arrested in 2022,").
bool InOtherParenthesis(const std::vector<Token>& t, size_t k, size_t trigger) {
  const auto [open, close] = CommasAround(t, k);
  if (open == SIZE_MAX || open + 1 >= t.size() || !OpensClause(t[open + 1].norm)) return false;
  return trigger < open || trigger > close;
}

}  // namespace

WhenWhere::WhenWhere(const Document& doc, const std::vector<Sentence>& sentences,
                     const std::vector<std::vector<ActorMention>>& actors_by_sentence,
                     const Gazetteer& gazetteer, const std::vector<bool>* dated)
    : doc_(doc), sentences_(sentences), gazetteer_(gazetteer) {
  dates_.resize(sentences.size());
  places_.resize(sentences.size());
  static const std::vector<ActorMention> kNone;
  for (size_t i = 0; i < sentences.size(); ++i) {
    places_[i] = RecognizePlaces(sentences[i], doc.text, gazetteer,
                                 i < actors_by_sentence.size() ? actors_by_sentence[i] : kNone);
    auto& p = places_[i];
    const bool keep_dates = !dated || (i < dated->size() && (*dated)[i]);
    if (!keep_dates && p.empty()) continue;
    // A sentence whose dates nobody asks for needs only those that can overlap a
    // place name: the ones starting before its last place name ends.
    size_t until = std::numeric_limits<size_t>::max();
    if (!keep_dates) {
      until = 0;
      for (const PlaceMention& m : p) until = std::max<size_t>(until, m.span.end);
    }
    std::vector<DateMention> d = RecognizeDates(sentences[i], doc.text, doc.date, until);
    // Words of a date expression are not places ("March", "Sunday's").
    p.erase(std::remove_if(p.begin(), p.end(),
                           [&](const PlaceMention& m) {
                             return std::any_of(d.begin(), d.end(), [&](const DateMention& x) {
                               return m.span.begin < x.span.end && x.span.begin < m.span.end;
                             });
                           }),
            p.end());
    if (keep_dates) dates_[i] = std::move(d);
  }
  ResolvePlaces(gazetteer, actors_by_sentence, &places_);
  main_place_ = MainPlace(gazetteer, places_);
  // A dateline ("BAKU, June 28 (Reuters) -") dates the article, not the events of the
  // first sentence: its date is no clause's date.
  if (!sentences.empty() && !places_[0].empty() && places_[0][0].dateline) {
    const auto& t = sentences[0].tokens;
    size_t sep = 0;
    for (size_t k = places_[0][0].last; k < t.size() && k < places_[0][0].last + 12; ++k)
      if (t[k].norm == "-"_lit || t[k].norm == "—"_lit || t[k].norm == "–"_lit || t[k].norm == ":"_lit) {
        sep = k;
        break;
      }
    auto& d = dates_[0];
    if (sep) d.erase(std::remove_if(d.begin(), d.end(), [&](const DateMention& m) { return m.last <= sep; }), d.end());
  }
}

WhenWhere::Answer WhenWhere::For(size_t sentence, size_t trigger, Span agent) const {
  Answer a;
  if (sentence < sentences_.size()) {
    const auto& t = sentences_[sentence].tokens;
    double best = std::numeric_limits<double>::max();
    for (const auto& d : dates_[sentence]) {
      if (!d.ok()) continue;
      // (Not a date in the description of the subject after the verb opening the
      // sentence, before the weekday that dates that verb: "طالبت جمعية تضم عمالاً طردتهم
      // السلطات عام 1975، الأحد، ..."; the year dates طردتهم.)
      if (d.last > 0 && DatesOpeningSubject(t, trigger, d.last - 1)) continue;
      const double dist = Distance(t, trigger, d.first, d.last);
      if (dist < best) best = dist, a.date_mention = &d;
    }
    best = std::numeric_limits<double>::max();
    for (const auto& p : places_[sentence]) {
      if (p.resolved < 0 || p.role != "place"_lit) continue;
      if (p.span.begin < agent.end && agent.begin < p.span.end) continue;  // the actor is not where
      const double dist = Distance(t, trigger, p.first, p.last);
      if (dist < best) best = dist, a.place_mention = &p;
    }
  }
  if (a.date_mention) {
    a.date = a.date_mention->date;
    a.precision = a.date_mention->precision;
    a.date_from_text = true;
    // An old date makes the act historical only in the act's own clause: "lifted the
    // sanctions that it imposed in 2011", "العقوبات التي فرضها عام 2011" date the
    // relative clause.
    const auto& t = sentences_[sentence].tokens;
    const size_t lo = std::min(trigger, a.date_mention->first), hi = std::max(trigger, a.date_mention->first);
    bool own_clause = BoundariesBetween(t, lo, hi) == 0 && !InOtherParenthesis(t, a.date_mention->first, trigger);
    // (Nor one past what is said: "طالبت روسيا بضمان ...، مذكّرةً بأن القوات نفّذت عام
    // 1993".)
    for (size_t k = lo + 1; k < hi && own_clause; ++k)
      own_clause = t[k].norm != "that"_lit && t[k].norm != "\u0627\u0646"_lit &&
                   t[k].norm != "\u0628\u0627\u0646"_lit;  // ان بان
    // (Nor one after a relative pronoun, or an Arabic earlier past, in a clause about the
    // object: "released a French citizen whom they had arrested in 2022", "أفرجت عن مواطن
    // فرنسي كانت قد اعتقلته في عام 2023".)
    if (trigger < a.date_mention->first)
      for (size_t k = trigger + 1; k < a.date_mention->first && own_clause; ++k) {
        const std::string& w = t[k].norm;
        own_clause = !(w == "who"_lit || w == "whom"_lit || w == "which"_lit || w == "\u0627\u0644\u0630\u064a"_lit ||
                       w == "\u0627\u0644\u062a\u064a"_lit || w == "\u0627\u0644\u0630\u064a\u0646"_lit ||  // الذي التي الذين
                       w.starts_with("\u0643\u0627\u0646"));                                               // كان، كانت...
      }
    a.historical = own_clause && !doc_.date.empty() &&
                   DaysFromIso(a.date_mention->end) < DaysFromIso(doc_.date) - 365;
  } else if (!doc_.date.empty()) {
    a.date = doc_.date;
    a.precision = "day";
  }
  if (a.place_mention) {
    a.place = ToEventPlace(gazetteer_, a.place_mention->resolved);
    a.place_from_text = true;
  } else if (main_place_ >= 0) {
    a.place = ToEventPlace(gazetteer_, main_place_);
  }
  return a;
}

WhenWhere::Answer WhenWhere::ForEvent(const Event& e, size_t* trigger_token) const {
  if (e.sentence < 0 || static_cast<size_t>(e.sentence) >= sentences_.size()) return {};
  const auto& t = sentences_[e.sentence].tokens;
  size_t trigger = 0;
  for (size_t k = 0; k < t.size(); ++k)
    if (t[k].span.begin <= e.trigger.begin && e.trigger.begin < t[k].span.end) {
      trigger = k;
      break;
    } else if (t[k].span.begin > e.trigger.begin) {
      trigger = k;
      break;
    }
  if (trigger_token) *trigger_token = trigger;
  return For(static_cast<size_t>(e.sentence), trigger, e.source_span);
}

void WhenWhere::Apply(Event* e) const {
  if (e->sentence < 0 || static_cast<size_t>(e->sentence) >= sentences_.size()) return;
  const Answer a = ForEvent(*e);
  if (a.date_from_text) {
    e->date = a.date;
    e->date_precision = a.precision;
    if (a.historical && e->mode.empty()) e->mode = "historical";
  } else if (e->date.empty() && !a.date.empty()) {
    e->date = a.date;
    e->date_precision = a.precision;
  }
  if (e->date_precision.empty()) e->date_precision = e->date.empty() ? "none" : "day";
  e->place = a.place;
}

}  // namespace dyad

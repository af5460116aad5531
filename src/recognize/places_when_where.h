// When and where an event happened: the dates and places of a document, recognised
// and resolved once, then asked per event for the date and place of its clause (else
// the article's date and main place).
//
// Wiring into the pipeline (per document, after AnalyzeText and RecognizeActors):
//   const WhenWhere ww(doc, sentences, actors_by_sentence, *resources.gazetteer);
//   for (Event& e : events) ww.Apply(&e);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "lexicon/gazetteer.h"
#include "recognize/actors.h"
#include "recognize/dates.h"
#include "recognize/places.h"
#include "text/token.h"

namespace dyad {

class WhenWhere {
 public:
  // Recognises the dates and places of every sentence and resolves the places over the
  // whole document. sentences and actors_by_sentence are indexed alike; doc.date is the
  // publication date (may be empty). dated, when given (indexed like sentences), names
  // the sentences that For, ForEvent, Apply and dates() will be asked about: the others
  // keep no dates, and their dates are sought only as far as their place names reach
  // (a date's words are no place), which leaves the places and the main place as they
  // would be. Keeps references to doc and gazetteer, which must outlive this object.
  // Const methods are thread-safe.
  WhenWhere(const Document& doc, const std::vector<Sentence>& sentences,
            const std::vector<std::vector<ActorMention>>& actors_by_sentence, const Gazetteer& gazetteer,
            const std::vector<bool>* dated = nullptr);

  struct Answer {
    std::string date;               // YYYY-MM-DD / YYYY-MM / YYYY; empty when unknown
    std::string precision = "none";  // "day", "month", "year" or "none"
    bool date_from_text = false;     // the clause's own expression; false: the article date
    bool historical = false;         // the clause's date ends over a year before the article
    const DateMention* date_mention = nullptr;
    std::optional<Place> place;
    bool place_from_text = false;  // the clause's own place; false: the article's main place
    const PlaceMention* place_mention = nullptr;
  };

  // The date and place for a trigger at token trigger_token of sentence index: the
  // date expression and the resolved place nearest the trigger within its clause
  // (clause boundaries — ";", ":", dashes, brackets, a word that opens a new clause
  // such as "while", "after", "which", "بينما", or a comma before one, the Arabic comma
  // "،" as the Latin one, and "، و…" as ", and" — count as a long distance), else any
  // in the sentence, else the article's date and main place. A place inside agent (the
  // event's source actor: "أسقطت روسيا", Russia shot down) is the actor, not where
  // the event happened, and is passed over.
  Answer For(size_t sentence, size_t trigger_token, Span agent = {}) const;

  // For() at e's trigger (found from e->sentence and e->trigger); *trigger_token, when
  // given, receives the trigger's token index.
  Answer ForEvent(const Event& e, size_t* trigger_token = nullptr) const;

  // Sets e->date and e->date_precision from the clause's date when it has one (and
  // e->mode to "historical" when the mode is empty and that date ends more than a year
  // before the article), else keeps the coder's date; sets e->place (clause place, else
  // main place, else none), never a place inside the source actor's words. Finds the
  // trigger from e->sentence and e->trigger.
  void Apply(Event* e) const;

  const std::vector<DateMention>& dates(size_t sentence) const { return dates_[sentence]; }
  const std::vector<PlaceMention>& places(size_t sentence) const { return places_[sentence]; }
  // The article's main place (gazetteer index), -1 when none.
  int64_t main_place() const { return main_place_; }

 private:
  const Document& doc_;
  const std::vector<Sentence>& sentences_;
  const Gazetteer& gazetteer_;
  std::vector<std::vector<DateMention>> dates_;
  std::vector<std::vector<PlaceMention>> places_;
  int64_t main_place_ = -1;
};

}  // namespace dyad

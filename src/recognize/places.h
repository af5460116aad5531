// Place recognition (geoparsing): place names in a sentence, then resolved per
// document to one gazetteer place each, using population, feature type, the countries
// of the article's actors and the article's other places.
//
// Typical use, per document (see also recognize/when_where.h, which does all of it):
//   for each sentence s:  places[s] = RecognizePlaces(sentence, doc.text, gazetteer, actors[s]);
//   ResolvePlaces(gazetteer, actors, &places);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/event.h"
#include "lexicon/gazetteer.h"
#include "recognize/actors.h"
#include "text/token.h"

namespace dyad {

struct PlaceMention {
  size_t first = 0, last = 0;        // token range [first, last) in the sentence
  Span span;                         // in the document text
  std::vector<uint32_t> candidates;  // gazetteer places the name may denote
  int64_t resolved = -1;             // the gazetteer place chosen by ResolvePlaces; -1: none
  // A toponym the gazetteer lacks, found by its form ("Laurel County", "Neches
  // River"): the feature word, lower case ("county", "river"); empty otherwise.
  std::string feature;
  bool fuzzy = false;       // matched a spelling variant ("Yektrinburg"), not a listed name
  bool region_cue = false;  // followed by "province", "oblast", "state"...: prefer the region
  // Followed by a word for its people ("a Palestine man", "Jordan residents"): a
  // country is named by its adjective there ("a Palestinian man"), so the name is
  // more likely a town or region of that name.
  bool residents_cue = false;
  bool dateline = false;    // the article's dateline ("BAKU, June 28 (Reuters) -")
  bool after_preposition = false;  // "in Moscow", "في موسكو": certainly a location
  int after_in = 0;  // words back to "in" ("in Donetsk" 1, "in the Donetsk region" 2): a container
  bool person = false;             // internal: a name found to be a person's, dropped by ResolvePlaces
  // What the toponym does in the sentence:
  //   "place"    a location ("in Moscow", "Grozny", "the Zangezur corridor");
  //   "in-name"  part of an institution's name ("Texas Department of Health");
  //   "metonym"  a country or capital standing for its government, an actor ("Moscow
  //              said", "Russia's foreign ministry");
  //   "demonym"  a nationality adjective or people ("Russian", "Palestinians").
  // Events take their place only from "place" mentions; geoparsing corpora such as
  // LGL count all four as toponyms.
  std::string role = "place";
  std::string how;          // why this place was chosen (for `dyad places` and --explain)
};

// The place names of one sentence, candidates attached, not yet resolved. actors are
// the sentence's actor mentions: a place inside an organisation's or person's name is
// not a place, and a country or capital that is the subject of a verb ("Moscow said",
// "قالت موسكو") is an actor by metonymy, not a place; after a locative preposition
// ("in Moscow", "في موسكو", "в Москве") it is a place. In Latin and Cyrillic script a
// name must be capitalised; a name that is also a common English word is taken only
// where its capital cannot come from the start of a sentence. Thread-safe.
// text is the document text the sentence's spans point into.
std::vector<PlaceMention> RecognizePlaces(const Sentence& sentence, std::string_view text,
                                          const Gazetteer& gazetteer, const std::vector<ActorMention>& actors);

// Resolves every mention of a document in place. Scores each candidate by population
// and feature type (countries, then capitals and regions, then towns), and adds
// evidence from the document: the countries named by its actors and by its
// unambiguous places, the admin1 regions of its places, and an explicit container next
// to the name ("Alexandria, Virginia", "Paris, Texas"). A name that resolves once
// resolves the same way throughout the document. Mentions whose best candidate has too
// little support keep resolved = -1. Mentions that turn out not to be places (a name
// used inside a person's name elsewhere in the article) are removed. places_by_sentence and actors_by_sentence are
// indexed alike (one entry per sentence).
void ResolvePlaces(const Gazetteer& gazetteer,
                   const std::vector<std::vector<ActorMention>>& actors_by_sentence,
                   std::vector<std::vector<PlaceMention>>* places_by_sentence);

// The article's main place: the dateline's place, else the resolved place mentioned
// most often (cities and regions before countries at equal weight, then the first
// mentioned), counting "place" and "in-name" mentions; -1 when none.
int64_t MainPlace(const Gazetteer& gazetteer,
                  const std::vector<std::vector<PlaceMention>>& places_by_sentence);

// A gazetteer place as the Event JSON contract writes it (admin1 as the region's
// name when the gazetteer has the region).
Place ToEventPlace(const Gazetteer& gazetteer, int64_t place);

}  // namespace dyad

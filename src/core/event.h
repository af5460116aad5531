// An event as the coder emits it and the store keeps it: the Event JSON contract.
#pragma once

#include <optional>
#include <string>

#include "core/document.h"

namespace dyad {

struct Place {
  std::string name;
  int64_t geonameid = 0;
  double lat = 0, lon = 0;
  std::string country;  // ISO 3166-1 alpha-2
  std::string admin1;   // name of the first-level region (state, province), empty if none
};

struct Event {
  std::string doc;       // document id
  int sentence = 0;      // index of the sentence in the document
  std::string source;    // CAMEO actor code, e.g. "RUSCOP"
  std::string source_text;
  std::string target;
  std::string target_text;
  std::string code;      // CAMEO event code, e.g. "1823"
  std::string root;      // two-digit root
  int quad = 0;          // QuadClass 1..4
  double goldstein = 0;
  std::string plover;    // PLOVER event type
  std::string mode;      // "", "negated", "hypothetical", "future", "historical"
  std::string date;      // YYYY-MM-DD (or YYYY-MM / YYYY by precision), empty if unknown
  std::string date_precision;  // "day", "month", "year" or "none"
  std::optional<Place> place;
  std::string evidence;  // the sentence text
  Span sentence_span;    // the sentence in Document::text
  Span trigger, source_span, target_span;  // in Document::text
  std::string rule;      // which lexicon line fired, e.g. "en:triggers.en.tsv:120"
  double confidence = 0;
};

// The country part of an actor code ("RUSCOP" -> "RUS"); empty for sector-only codes.
std::string CountryOf(const std::string& actor_code);

// Does the code name a state's actor, not an international one (IGO, NGO, IMG, MNC...)?
bool IsStateCode(const std::string& actor_code);

// Does the code name a state's armed group: rebels, radicals, separatists, insurgents
// or criminals ("SDNREB", "PSEREBHMS")?
bool IsArmedGroupCode(const std::string& actor_code);

}  // namespace dyad

#include "core/event_json.h"

namespace dyad {

nlohmann::json EventToJson(const Event& e) {
  using nlohmann::json;
  json j;
  j["doc"] = e.doc;
  j["sentence"] = e.sentence;
  j["source"] = e.source;
  j["source_text"] = e.source_text;
  j["target"] = e.target;
  j["target_text"] = e.target_text;
  j["code"] = e.code;
  j["root"] = e.root;
  j["quad"] = e.quad;
  j["goldstein"] = e.goldstein;
  j["plover"] = e.plover;
  j["mode"] = e.mode.empty() ? json(nullptr) : json(e.mode);
  j["date"] = e.date.empty() ? json(nullptr) : json(e.date);
  j["date_precision"] = e.date_precision;
  if (e.place) {
    j["place"] = {{"name", e.place->name},
                  {"geonameid", e.place->geonameid},
                  {"lat", e.place->lat},
                  {"lon", e.place->lon},
                  {"country", e.place->country}, {"admin1", e.place->admin1}};
  } else {
    j["place"] = nullptr;
  }
  // Spans are byte offsets into the stored article text.
  j["evidence"] = {{"text", e.evidence},
                   {"sentence", {e.sentence_span.begin, e.sentence_span.end}},
                   {"trigger", {e.trigger.begin, e.trigger.end}},
                   {"source", {e.source_span.begin, e.source_span.end}},
                   {"target", {e.target_span.begin, e.target_span.end}}};
  j["rule"] = e.rule;
  j["confidence"] = std::round(e.confidence * 100) / 100;
  return j;
}

}  // namespace dyad

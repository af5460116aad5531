#include "pipeline/process.h"

#include "code/coder.h"
#include "recognize/coref.h"
#include "recognize/places_when_where.h"
#include "extract/extract.h"
#include "text/analyze.h"

namespace dyad {

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
  const EventCoder coder(r.coder);
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    auto& actors = all_actors[i];
    std::vector<std::string> decisions;
    auto events = coder.CodeSentence(out.doc, static_cast<int>(i), s, actors, trace ? &decisions : nullptr);
    for (auto& e : events) out.events.push_back(std::move(e));
    if (trace) trace->push_back({nullptr, actors, std::move(decisions)});
  }
  // When and where: each event gets the date and place of its clause, else the
  // article's date and main place.
  if (r.gazetteer && !out.events.empty()) {
    const WhenWhere when_where(out.doc, sentences, all_actors, *r.gazetteer);
    for (Event& e : out.events) when_where.Apply(&e);
  }
  if (sentences_out) {
    *sentences_out = std::move(sentences);
    if (trace)
      for (size_t i = 0; i < trace->size(); ++i) (*trace)[i].sentence = &(*sentences_out)[i];
  }
  return out;
}

}  // namespace dyad

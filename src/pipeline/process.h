// One document through extract → text → recognize → code.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "pipeline/resources.h"
#include "recognize/actors.h"
#include "text/token.h"

namespace dyad {

struct ProcessedDocument {
  std::string origin;
  std::string raw_id;  // the id the input gave, kept even when processing fails
  Document doc;
  std::vector<Event> events;
  std::string error;  // why the document was not processed; empty on success
  size_t bytes = 0;   // raw input size
};

// What --explain shows: every sentence with its tokens, actors and decisions.
struct SentenceTrace {
  const Sentence* sentence;
  std::vector<ActorMention> actors;
  std::vector<std::string> decisions;
};

// Pure function of its input and the shared resources; thread-safe.
ProcessedDocument ProcessDocument(RawDocument raw, const Resources& r,
                                  std::vector<Sentence>* sentences_out = nullptr,
                                  std::vector<SentenceTrace>* trace = nullptr);

}  // namespace dyad

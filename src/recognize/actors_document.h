// The actors of a whole piece of text: language, sentences, per-sentence recognition
// and document-level resolution in one call (for `dyad actors`, tests and tools; the
// ingest pipeline calls the same steps itself, see recognize/coref.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/actor_lexicon.h"
#include "recognize/actors.h"
#include "text/token.h"

namespace dyad {

struct DocumentActors {
  std::string text;  // the text; every span points into it
  std::string lang;  // given, or detected
  std::vector<Sentence> sentences;
  std::vector<std::vector<ActorMention>> actors;  // per sentence, after ResolveDocumentActors
};

// lang empty: detected. date (YYYY-MM-DD or empty) picks dated roles.
DocumentActors FindDocumentActors(std::string text, const std::string& lang,
                                  const std::string& date, const ActorLexicon& lexicon);

}  // namespace dyad

#include "recognize/actors_document.h"

#include "recognize/coref.h"
#include "text/analyze.h"

namespace dyad {

DocumentActors FindDocumentActors(std::string text, const std::string& lang,
                                  const std::string& date, const ActorLexicon& lexicon) {
  DocumentActors out;
  Document doc;
  doc.text = std::move(text);
  doc.lang = lang;
  doc.date = date;
  out.sentences = AnalyzeText(doc);
  out.lang = doc.lang;
  out.actors.reserve(out.sentences.size());
  for (const auto& s : out.sentences) out.actors.push_back(RecognizeActors(s, lexicon, date));
  ResolveDocumentActors(out.actors, out.sentences, lexicon, date);
  out.text = std::move(doc.text);
  return out;
}

}  // namespace dyad

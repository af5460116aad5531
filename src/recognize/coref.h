// Document-level actor resolution: what one sentence alone cannot decide.
//
// Called once per document after RecognizeActors has run on every sentence, and
// before the event coder reads the mentions:
//
//   std::vector<std::vector<ActorMention>> actors(sentences.size());
//   for (size_t i = 0; i < sentences.size(); ++i)
//     actors[i] = RecognizeActors(sentences[i], lexicon, doc.date);
//   ResolveDocumentActors(actors, sentences, lexicon, doc.date);
//   // then code sentence i with actors[i]
//
// It
//  - applies document-context guards ("Georgia" is the US state when the article also
//    says Atlanta; guards.tsv rule "doc");
//  - gives a definite institution word without a country its state: "the ministry",
//    "the president", "الوزارة", "министерство" (coref*.tsv, refers "institution")
//    take the state in focus: the subject (first state mention) of the nearest
//    sentence that names one, or a mention there with the same sector ("Russia's
//    foreign ministry ... The ministry" -> RUSGOV); else the one state named so far;
//  - adds mentions for anaphoric phrases (coref*.tsv): "the two countries", "البلدين",
//    "обе страны" -> the two states named most recently (code = the first, group =
//    both), "the country" -> the last state named;
//  - resolves a bare surname shared by several people ("Aliyev") to the person named
//    in full earlier in the document, with that person's role on the date;
//  - links a capital or seat of power to the state named before it ("Moscow" after
//    "Russia": antecedent_sentence/antecedent_index, code unchanged).
// Resolved mentions get kind "coref" (when they gained a country), how says why, and
// antecedent_sentence/antecedent_index point to the mention they follow. Mentions stay
// in token order within each sentence; none is removed except by a document guard.
// Pure function of its inputs; thread-safe with a shared lexicon.
#pragma once

#include <string>
#include <vector>

#include "lexicon/actor_lexicon.h"
#include "recognize/actors.h"
#include "text/token.h"

namespace dyad {

// Is mention m a sector word with a possessive of the third person ("its soldiers",
// "their police", "قواتها", "أمينها العام")? Its owner is named elsewhere.
bool Possessed(const Sentence& s, const ActorMention& m);

// per_sentence[i] are the mentions RecognizeActors found in sentences[i].
void ResolveDocumentActors(std::vector<std::vector<ActorMention>>& per_sentence,
                           const std::vector<Sentence>& sentences, const ActorLexicon& lexicon,
                           const std::string& doc_date);

}  // namespace dyad

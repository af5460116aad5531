// Whom an inquiry is into when it names no one: "فتحت اللجنة الوطنية لحقوق الإنسان
// ... تحقيقاً في وفاة عامل ...، قالت عائلته إن عناصر من الشرطة انهالوا عليه
// بالهراوات", "police opened an investigation after gunmen shot dead a councillor".
// The held-out gold codes such an inquiry against the agent of the abuse or the crime
// the sentence tells, named before or after it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "code/modes.h"
#include "core/event.h"
#include "recognize/actors.h"
#include "text/token.h"

namespace dyad {

struct InquiryTarget {
  std::string code;                  // empty when the sentence names no such agent
  const ActorMention* at = nullptr;  // the words that name it, when named by a mention
  const char* why = "";
};

// The agent an inquiry by `investigator` (trigger tokens [tb, te)) that names no one
// is into: the agent of the last act of force told before it in the sentence (codes
// 18-20, another actor's); else the first armed, police, intelligence or criminal
// actor named after it, or the nearest named before it, not the investigator itself
// nor one who tells the news ("according to the police", "the police said"). One named
// bare is of the investigator's state, `home`. Only a body that investigates (a government,
// court, police, legislature, rights body or an international organisation) has one.
InquiryTarget InquiryInto(const std::vector<Token>& tokens, const ModeWords& modes,
                          const std::vector<ActorMention>& actors, const std::vector<Event>& told,
                          size_t sentence, const ActorMention& investigator,
                          const std::string& home, size_t tb, size_t te);

// An inquiry told only as one (090) made specific by whom it is into: a state's
// forces (police, army, intelligence) are looked into for abuse (092), anyone else for
// a crime (091). One into military action (093) is one into abuse by the police, or
// into a crime by criminals. Other codes stay.
std::string_view InquiryCode(std::string_view code, std::string_view target);

}  // namespace dyad

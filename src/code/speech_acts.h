// CAMEO codes of speech acts about other acts: an appeal, a promise, a demand, a
// rejection or a threat takes the code of what it is about ("urged Israel to halt its
// operations" is 0256, "threatened to impose sanctions" 1312), as CAMEO's codebook
// builds roots 02, 03, 10, 12 and 13 in parallel from roots 04-08 and 16-20.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// The code of speech act `speech` (a code of root 02, 03, 10, 12 or 13, or the
// accusation 112) whose content is an act coded `act`, or "" when CAMEO has no code for
// that pairing. The result may be no more specific than `speech`; the caller keeps the
// more specific of the two.
std::string SpeechActAbout(std::string_view speech, std::string_view act);

}  // namespace dyad

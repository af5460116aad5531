#include "code/speech_acts.h"

#include "core/literal.h"

namespace dyad {

namespace {

// The part of an appeal (02), a promise (03) or a demand (10) that names its content,
// from the act's code: "1" material cooperation, "2" diplomatic cooperation, "3" aid,
// "4" political reform, "5" yielding; the digit after it, when CAMEO has one.
std::string CooperationPart(std::string_view act) {
  const std::string_view root = act.substr(0, 2);
  if (root == "06"_lit) {  // 061 economic, 062 military, 063 judicial, 064 intelligence
    const char k = act.size() >= 3 ? act[2] : '0';
    return k >= '1' && k <= '4' ? std::string("1") + k : "1";
  }
  if (root == "05"_lit) return "2";
  if (root == "07"_lit) {  // 071 economic, 072 military, 073 humanitarian, 074 protection
    const char k = act.size() >= 3 ? act[2] : '0';
    return k >= '1' && k <= '4' ? std::string("3") + k : "3";
  }
  if (root == "08"_lit) {
    // (With the reform it names: leadership, policy, rights, institutions, 0831-0834
    // -> 0341-0344, as 104x and 024x count them.)
    if (act.starts_with("083")) return act.size() == 4 ? std::string("4") + act[3] : "4";  // accede to political reform
    if (act.starts_with("081")) return "51";    // ease administrative sanctions
    if (act.starts_with("082")) return "52";    // ease popular dissent
    if (act.starts_with("084")) return "53";    // release persons or property
    if (act.starts_with("085")) return "54";    // ease economic sanctions
    if (act.starts_with("086")) return "55";    // allow international involvement
    if (act.starts_with("087")) return "56";    // de-escalate militarily
    return "5";
  }
  return "";
}

}  // namespace

std::string SpeechActAbout(std::string_view speech, std::string_view act) {
  if (speech.size() < 3 || act.size() < 3) return "";
  const std::string_view root = speech.substr(0, 2);
  const std::string_view act_root = act.substr(0, 2);
  const bool talks = act_root == "04"_lit && !act.starts_with("045");
  // An agreement on a ceasefire, a withdrawal or a demobilisation is that act agreed:
  // "reached an agreement on a ceasefire", "التوصل إلى اتفاق لوقف إطلاق النار" (0871).
  if (speech.starts_with("057") && act.starts_with("087")) return std::string(act);
  // A government approving a ban or a sanction imposes it: "وافقت الحكومة على حظر حزب".
  if (speech == "030"_lit && (act_root == "17"_lit || act_root == "16"_lit)) return std::string(act);
  if (root == "02"_lit || root == "03"_lit) {
    if (talks) return root == "02"_lit ? "026" : "036";
    // (So is accepting an offer of it: "urged both sides to accept an offer of Swiss
    // mediation".)
    // (Or to accept mediation: "urged both leaders to accept mediation by a panel of
    // elders", 038 -> 028.)
    if (act.starts_with("038")) return root == "02"_lit ? "028" : "038";
    if (act.starts_with("045") || act.starts_with("039")) return root == "02"_lit ? "028" : "039";
    // Signing an agreement settles a dispute: "urged Ethiopia to conclude an agreement".
    if (act.starts_with("057")) return root == "02"_lit ? "027" : "037";
    const std::string part = CooperationPart(act);
    return part.empty() ? "" : std::string(root) + part;
  }
  if (root == "10"_lit) {
    if (talks) return "108";
    if (act.starts_with("0874")) return "106";  // withdraw
    if (act.starts_with("0871")) return "107";  // ceasefire
    if (act.starts_with("038") || act.starts_with("045")) return "105";  // mediation
    // A demand that someone investigate is one for an investigation: "demanded that
    // Mauritania open an investigation into the deaths", 101.
    if (act_root == "09"_lit) return "101";
    const std::string part = CooperationPart(act);
    return part.empty() ? "" : "10" + part;
  }
  if (root == "12"_lit) {
    // Rejecting an appeal or an offer is rejecting what it asked or offered: an
    // invitation to talks (026, 036) is 125, a call for a truce (0256) 1246.
    // (Aid (x3x), reform (x4x) and yielding (x5x) are named by the same part of an
    // appeal, a promise and a demand; what is rejected is 122x, 123x and 124x.)
    const auto content = [](std::string_view part) -> std::string {
      const char* family = part.starts_with("3")   ? "122"
                           : part.starts_with("4") ? "123"
                           : part.starts_with("5") ? "124"
                                                   : "";
      if (*family == 0) return "";
      return part.size() == 2 ? std::string(family) + part[1] : std::string(family);
    };
    const std::string_view part = act.substr(2);  // "6", "56", "33", ...
    if (act_root == "02"_lit || act_root == "03"_lit) {
      if (part == "6"_lit) return "125";
      if (part == "8"_lit || part == "9"_lit) return "126";
      if (part == "7"_lit) return "127";
      if (part.starts_with("1")) return part.size() == 2 && (part[1] == '1' || part[1] == '2') ? std::string("121") + part[1] : "121";
      return content(part);
    }
    // (And rejecting a demand, what it demanded: a change of leader (1041) is 1231, talks
    // demanded (108) 125.)
    if (act_root == "10"_lit) return part == "8"_lit ? "125" : content(part);
    if (talks) return "125";
    if (act.starts_with("045")) return "126";
    if (act_root == "06"_lit)
      return act.starts_with("061") ? "1211" : act.starts_with("062") ? "1212" : "121";
    if (act_root == "07"_lit) {
      const char k = act[2];
      return k >= '1' && k <= '4' ? std::string("122") + k : "122";
    }
    if (act.starts_with("083")) return "123";
    if (act_root == "08"_lit) {
      const std::string part = CooperationPart(act);  // "5x": the x of 124x
      return part.size() == 2 && part[0] == '5' ? std::string("124") + part[1] : "124";
    }
    return "";
  }
  if (speech == "112"_lit) {
    // An accusation of military force is one of aggression, of mass violence one of war
    // crimes, of assault (killings, torture, abductions) or repression one of human
    // rights abuses.
    if (act_root == "20"_lit) return "1124";
    if (act_root == "19"_lit) return "1123";
    if (act_root == "18"_lit) return "1122";
    if (act.starts_with("173") || act.starts_with("174") || act.starts_with("175")) return "1122";
    return "";
  }
  if (root == "09"_lit) {
    // What is investigated: war crimes (mass violence) 094, military action 093,
    // abuses (assault, arrests, expulsions, repression) 092.
    if (act_root == "20"_lit) return "094";
    if (act_root == "19"_lit) return "093";
    if (act_root == "18"_lit || act.starts_with("173") || act.starts_with("174") ||
        act.starts_with("175"))
      return "092";
    return "";
  }
  if (root == "13"_lit) {
    if (act.starts_with("161") || act.starts_with("160")) return "1313";  // reduce or break relations
    if (act.starts_with("162")) return "1311";                           // reduce or stop aid
    if (act.starts_with("163")) return "1312";                           // sanctions, embargo
    if (act.starts_with("164")) return "134";                            // halt negotiations
    if (act.starts_with("165")) return "135";                            // halt mediation
    if (act.starts_with("166")) return "136";                            // expel international presence
    if (act.starts_with("172"))  // administrative sanctions: freedoms, parties, curfew, emergency
      return act.size() == 4 && act[3] >= '1' && act[3] <= '4' ? std::string("132") + act[3] : "132";
    if (act_root == "17"_lit) return "137";                                // repression
    if (act_root == "14"_lit) return "133";                                // protest
    if (act.starts_with("191")) return "1381";                           // blockade
    if (act.starts_with("192")) return "1382";                           // occupation
    if (act == "190"_lit) return "138";                                    // force, not said how
    if (act_root == "19"_lit) return "1384";                               // a conventional attack
    if (act.starts_with("204")) return "1385";                           // weapons of mass destruction
    if (act_root == "18"_lit || act_root == "20"_lit) return "1383";         // unconventional violence
    return "";
  }
  return "";
}

}  // namespace dyad

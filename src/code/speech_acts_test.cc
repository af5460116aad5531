#include "code/speech_acts.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>

namespace dyad {
namespace {

TEST(SpeechActAbout, InvestigationsFollowWhatTheyInvestigate) {
  EXPECT_EQ(SpeechActAbout("090", "1821"), "092");  // sexual abuse
  EXPECT_EQ(SpeechActAbout("090", "173"), "092");   // arrests
  EXPECT_EQ(SpeechActAbout("090", "195"), "093");   // an air strike
  EXPECT_EQ(SpeechActAbout("090", "202"), "094");   // mass killings
  EXPECT_EQ(SpeechActAbout("090", "040"), "");      // a meeting tells nothing
}

TEST(SpeechActAbout, AppealsPromisesAndDemandsFollowTheirContent) {
  EXPECT_EQ(SpeechActAbout("020", "0871"), "0256");  // urge a ceasefire
  EXPECT_EQ(SpeechActAbout("020", "073"), "0233");   // appeal for humanitarian aid
  EXPECT_EQ(SpeechActAbout("020", "046"), "026");    // urge talks
  EXPECT_EQ(SpeechActAbout("020", "057"), "027");    // urge an agreement
  EXPECT_EQ(SpeechActAbout("030", "057"), "037");    // promise to sign one
  EXPECT_EQ(SpeechActAbout("030", "062"), "0312");   // pledge military cooperation
  EXPECT_EQ(SpeechActAbout("030", "085"), "0354");   // promise to ease sanctions
  EXPECT_EQ(SpeechActAbout("100", "0841"), "1053");  // demand a release
  EXPECT_EQ(SpeechActAbout("100", "0874"), "106");   // demand a withdrawal
  EXPECT_EQ(SpeechActAbout("100", "0871"), "107");   // demand a ceasefire
  EXPECT_EQ(SpeechActAbout("100", "040"), "108");    // demand talks
  EXPECT_EQ(SpeechActAbout("020", "038"), "028");    // urge them to accept mediation
  EXPECT_EQ(SpeechActAbout("030", "038"), "038");    // promise to accept it
  EXPECT_EQ(SpeechActAbout("100", "038"), "105");    // demand that they accept it
}

TEST(SpeechActAbout, RejectionsAndThreats) {
  EXPECT_EQ(SpeechActAbout("120", "043"), "125");    // reject an invitation to talks
  EXPECT_EQ(SpeechActAbout("120", "086"), "1245");   // refuse to let observers in
  EXPECT_EQ(SpeechActAbout("120", "073"), "1223");   // reject a request for relief
  EXPECT_EQ(SpeechActAbout("120", "026"), "125");    // reject an invitation to talks
  EXPECT_EQ(SpeechActAbout("120", "0256"), "1246");  // reject a call for a truce
  EXPECT_EQ(SpeechActAbout("120", "0233"), "1223");  // reject an appeal for relief
  EXPECT_EQ(SpeechActAbout("120", "1041"), "1231");  // reject a demand for a resignation
  EXPECT_EQ(SpeechActAbout("120", "1033"), "1223");  // reject a demand for relief
  EXPECT_EQ(SpeechActAbout("120", "1053"), "1243");  // refuse a demand to free people
  EXPECT_EQ(SpeechActAbout("120", "108"), "125");    // reject a demand for talks
  EXPECT_EQ(SpeechActAbout("120", "101"), "");       // no rejection code for an inquiry
  EXPECT_EQ(SpeechActAbout("130", "163"), "1312");   // threaten sanctions
  EXPECT_EQ(SpeechActAbout("130", "190"), "138");    // threaten force
  EXPECT_EQ(SpeechActAbout("130", "195"), "1384");   // threaten air strikes
  EXPECT_EQ(SpeechActAbout("130", "192"), "1382");   // threaten to occupy
  EXPECT_EQ(SpeechActAbout("130", "173"), "137");    // threaten arrests
}

TEST(SpeechActAbout, AccusationsFollowWhatTheyAccuseOf) {
  EXPECT_EQ(SpeechActAbout("112", "190"), "1123");   // of attacks: aggression
  EXPECT_EQ(SpeechActAbout("112", "1823"), "1122");  // of killings: human rights abuses
  EXPECT_EQ(SpeechActAbout("112", "202"), "1124");   // of mass killings: war crimes
  EXPECT_EQ(SpeechActAbout("112", "173"), "1122");   // of arrests: human rights abuses
  EXPECT_EQ(SpeechActAbout("112", "1712"), "");      // of sabotage: not one of abuses
  EXPECT_EQ(SpeechActAbout("112", "042"), "");       // of a visit: nothing more precise
  EXPECT_EQ(SpeechActAbout("111", "190"), "");       // criticism is no accusation
}

TEST(SpeechActAbout, NoCodeWhereCameoHasNone) {
  EXPECT_EQ(SpeechActAbout("020", "111"), "");  // "urged X to criticise Y"
  EXPECT_EQ(SpeechActAbout("130", "051"), "");
  EXPECT_EQ(SpeechActAbout("190", "195"), "");  // not a speech act
  EXPECT_EQ(SpeechActAbout("12", "04"), "");    // too short to read
}

// Every code the mapping can give is in the ontology.
TEST(SpeechActAbout, GivesOnlyCodesOfTheOntology) {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/data/ontology/cameo.tsv");
  std::set<std::string> codes;
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') codes.insert(line.substr(0, line.find('\t')));
  ASSERT_GT(codes.size(), 250u);
  size_t produced = 0;
  for (const std::string speech : {"020", "023", "030", "090", "100", "112", "120", "130"})
    for (const std::string& act : codes) {
      const std::string c = SpeechActAbout(speech, act);
      if (c.empty()) continue;
      ++produced;
      EXPECT_TRUE(codes.count(c)) << speech << " about " << act << " gives " << c;
    }
  EXPECT_GT(produced, 100u);
}

}  // namespace
}  // namespace dyad

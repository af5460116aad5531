// Actor dictionaries and recognition: the PETRARCH importers (on the PETRARCH
// validation dictionaries when present), loading problems, recognition cases, the
// document-level pass, and the golden tests in tests/golden/actors/*.test with
// precision and recall per language.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <sstream>

#include "lexicon/petrarch.h"
#include "recognize/actors_document.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

const std::string kData = std::string(DYAD_SOURCE_DIR) + "/data/actors";
// The PETRARCH unit-test dictionaries (MIT, Open Event Data Alliance) live outside the
// repository, in the shared evaluation data; tests that read them skip without it.
const std::string kPetrarchValidation =
    std::string(DYAD_SOURCE_DIR) + "/../shared/eval/events/petrarch-unit-tests";

std::string TempDir(const std::string& name) {
  const std::string d = testing::TempDir() + "/" + name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

const ActorLexicon& Builtin() {
  static std::shared_ptr<const ActorLexicon> lex = [] {
    std::vector<std::string> problems;
    auto r = ActorLexicon::Load({kData}, &problems, /*strict=*/true);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : nullptr;
  }();
  return *lex;
}

// Turkish and Azerbaijani case suffixes after an apostrophe (Rusya'nın) may or may not
// be tokens of their own; spans are compared without them.
std::pair<uint32_t, uint32_t> Trimmed(const std::string& text, uint32_t b, uint32_t e) {
  for (const std::string_view ap : {std::string_view("'"), std::string_view("\u2019")}) {
    const size_t at = text.find(ap, b);
    if (at != std::string::npos && at >= b + 2 && at < e) return {b, static_cast<uint32_t>(at)};
  }
  return {b, e};
}

// "CODE text" for every mention with a country, in order.
std::vector<std::string> Found(const std::string& text, const std::string& lang,
                               const std::string& date, const ActorLexicon& lex = Builtin()) {
  DocumentActors d = FindDocumentActors(text, lang, date, lex);
  std::vector<std::string> out;
  for (const auto& ms : d.actors)
    for (const auto& m : ms)
      if (m.has_country()) {
        auto [b, e] = Trimmed(d.text, m.span.begin, m.span.end);
        out.push_back(m.code + " " + d.text.substr(b, e - b));
      }
  return out;
}

using Strings = std::vector<std::string>;

// --- PETRARCH formats ------------------------------------------------------------------

TEST(Petrarch, Dates) {
  EXPECT_EQ(PetrarchDate("031031"), "2003-10-31");
  EXPECT_EQ(PetrarchDate("300101"), "2030-01-01");  // 00-30 -> 20YY, as KEDS/TABARI
  EXPECT_EQ(PetrarchDate("310101"), "1931-01-01");
  EXPECT_EQ(PetrarchDate("18970101"), "1897-01-01");
  EXPECT_EQ(PetrarchDate("2004017"), "");
  EXPECT_EQ(PetrarchDate("20100931"), "");
  EXPECT_EQ(PetrarchDate("20120229"), "2012-02-29");
  EXPECT_EQ(PetrarchDate("20100229"), "");
}

TEST(Petrarch, ActorRecordsSynonymsAndDatedCodes) {
  const std::string dir = TempDir("dyad_petr_actors");
  std::ofstream(dir + "/test.actors.txt") << "# comment\n"
                                             "<!-- markup comment -->\n"
                                             "AZERBAIJAN_  [AZE]\n"
                                             "+AZERI_\n"
                                             "+BAKU_   ; the capital\n"
                                             "ILHAM_ALIYEV_  # CountryInfo.txt\n"
                                             "+ILHAM_ALIEV_\n"
                                             "\t[AZEELI 780101-030804]\n"
                                             "\t[AZEGOV >031031]\n"
                                             "\t[AZEELI]\n"
                                             "KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]\n"
                                             "BOROMIR  [---]\n"
                                             "BROKEN [AZEGOV 2004017-20061201]\n"
                                             "+ORPHAN\n"
                                             "NOCODE_\n"
                                             "LOWER [pse]\n"
                                             "TWO [ELR/GAL]\n";
  std::vector<std::string> problems;
  auto a = ReadPetrarchActors(dir + "/test.actors.txt", &problems);
  ASSERT_TRUE(a.ok());
  std::map<std::string, std::vector<const ImportedActor*>> by_surface;
  for (const auto& x : *a) by_surface[x.surface].push_back(&x);
  ASSERT_EQ(by_surface["BAKU"].size(), 1u);
  EXPECT_EQ(by_surface["BAKU"][0]->code, "AZE");
  ASSERT_EQ(by_surface["ILHAM ALIEV"].size(), 3u);
  const ImportedActor* gov = by_surface["ILHAM ALIEV"][1];
  EXPECT_EQ(gov->code, "AZEGOV");
  EXPECT_EQ(gov->from, "2003-10-31");
  EXPECT_EQ(gov->to, "");
  EXPECT_EQ(gov->record, "ILHAM ALIYEV");
  EXPECT_FALSE(by_surface["ILHAM ALIEV"][2]->dated);  // the default
  ASSERT_EQ(by_surface["KOFI ANNAN"].size(), 2u);
  EXPECT_EQ(by_surface["KOFI ANNAN"][0]->to, "2006-12-31");
  EXPECT_EQ(by_surface["KOFI ANNAN"][1]->code, "ELI");
  ASSERT_EQ(by_surface["BOROMIR"].size(), 1u);
  EXPECT_EQ(by_surface["BOROMIR"][0]->code, "");  // the null code
  EXPECT_TRUE(by_surface["BOROMIR"][0]->stem);    // no final "_": a TABARI stem
  // Bad date, no code, lower case, several codes: each reported with file and line.
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_NE(problems[0].find("test.actors.txt:13"), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("test.actors.txt:15"), std::string::npos) << problems[1];
  EXPECT_NE(problems[2].find(":16"), std::string::npos) << problems[2];
  EXPECT_NE(problems[3].find(":17"), std::string::npos) << problems[3];
}

TEST(Petrarch, AgentsPluralsAndSubstitutionSets) {
  const std::string dir = TempDir("dyad_petr_agents");
  std::ofstream(dir + "/test.agents.txt") << "!PERSON! = MAN, MEN, WOMAN\n"
                                             "POLICE {} [~COP]\n"
                                             "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
                                             "CONGRESS!PERSON! [~LEG}\n"
                                             "SECURITY SERVICE [~SPY]\n"
                                             "HUMAN_RIGHTS_BODY  [NGO~]\n"
                                             "FOREIGN_MINISTER [~GOVFRM]\n"
                                             "NOCODE\n"
                                             "ODD [~AB]\n"
                                             "!MISSING!_THING [~GOV]\n";
  std::vector<std::string> problems;
  auto a = ReadPetrarchAgents(dir + "/test.agents.txt", &problems);
  ASSERT_TRUE(a.ok());
  std::map<std::string, const ImportedAgent*> by;
  for (const auto& x : *a) by[x.surface] = &x;
  EXPECT_TRUE(by.count("POLICE"));
  EXPECT_FALSE(by.count("POLICES"));  // {} = no plural
  EXPECT_TRUE(by.count("ATTORNEYS GENERAL"));
  EXPECT_TRUE(by.count("CONGRESSWOMAN"));
  EXPECT_FALSE(by.count("CONGRESSWOMANS"));
  EXPECT_TRUE(by.count("SECURITY * SERVICE"));  // a blank allows words between
  ASSERT_TRUE(by.count("HUMAN RIGHTS BODY"));
  EXPECT_TRUE(by["HUMAN RIGHTS BODY"]->before);
  EXPECT_TRUE(by.count("HUMAN RIGHTS BODIES"));
  EXPECT_EQ(by["FOREIGN MINISTERS"]->code, "GOVFRM");
  EXPECT_EQ(problems.size(), 3u);
}

// The PETRARCH validation dictionaries load directly, by file name.
TEST(Petrarch, ValidationDictionariesLoad) {
  if (!fs::exists(kPetrarchValidation + "/PETR.Validate.actors.txt"))
    GTEST_SKIP() << "no shared eval data";
  const std::string dir = TempDir("dyad_petr_validate");
  fs::copy_file(kPetrarchValidation + "/PETR.Validate.actors.txt",
                dir + "/PETR.Validate.actors.txt");
  fs::copy_file(kPetrarchValidation + "/PETR.Validate.agents.txt",
                dir + "/PETR.Validate.agents.txt");
  ActorLexicon::Report report;
  auto lex = ActorLexicon::Load({dir}, &report);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_GT((*lex)->entry_count(), 150u);
  EXPECT_GT((*lex)->sector_count(), 100u);
  // Its sloppy lines ([pse], [ELR/GAL], [+++]) are reported, not fatal...
  EXPECT_FALSE(report.problems.empty());
  // ...and fatal when strict.
  ActorLexicon::Report strict;
  EXPECT_FALSE(ActorLexicon::Load({dir}, &strict, /*strict=*/true).ok());

  const ActorLexicon& l = **lex;
  EXPECT_EQ(Found("Israeli troops entered Gaza City on Monday.", "en", "2014-01-01", l),
            (Strings{"ISRMIL Israeli troops", "PSEGZA Gaza City"}));
  // Synonyms, a dated record (SAM_GAMGEE) and the default code outside its dates.
  EXPECT_EQ(Found("Smeagol met Sam Gamgee.", "en", "2010-01-10", l),
            (Strings{"HOBREB Smeagol", "ORCHOB Sam Gamgee"}));
  EXPECT_EQ(Found("Smeagol met Sam Gamgee.", "en", "1996-01-10", l),
            (Strings{"HOBGOV Smeagol", "HOBCIV Sam Gamgee"}));
  EXPECT_EQ(Found("Sam Gamgee spoke.", "en", "2007-01-01", l), (Strings{"HOBCIV Sam Gamgee"}));
  EXPECT_EQ(Found("Sam Gamgee spoke.", "en", "2014-01-01", l), (Strings{"HOBELI Sam Gamgee"}));
  EXPECT_EQ(Found("Hamfast Gamgee spoke.", "en", "2010-01-01", l), (Strings{"HOB Hamfast Gamgee"}));
  // A null-coded record is known and is no actor.
  EXPECT_EQ(Found("Boromir arrived.", "en", "2010-01-01", l), Strings{});
  // TABARI stems: ARGENTIN matches Argentina.
  EXPECT_EQ(Found("Argentina protested.", "en", "2010-01-01", l), (Strings{"ARG Argentina"}));
  // Agents compose with actors: ~COP after, NGO~ before, GOVFRM as given.
  EXPECT_EQ(Found("Norwegian police detained a man.", "en", "2010-01-01", l),
            (Strings{"NORCOP Norwegian police"}));
  EXPECT_EQ(Found("The Italian foreign minister spoke.", "en", "2010-01-01", l),
            (Strings{"ITAGOVFRM Italian foreign minister"}));
  EXPECT_EQ(Found("A French human rights body complained.", "en", "2010-01-01", l),
            (Strings{"NGOFRA French human rights body"}));
  // Substitution sets: CONGRESS!PERSON!.
  EXPECT_EQ(Found("A Russian congresswoman spoke.", "en", "2010-01-01", l),
            (Strings{"RUSLEG Russian congresswoman"}));
}

// --- Our format: problems, duplicates, strict --------------------------------------

TEST(ActorLexicon, ReportsProblemsDuplicatesAndConflicts) {
  const std::string dir = TempDir("dyad_actor_lex2");
  std::ofstream(dir + "/names.tsv") << "en\tRussia\tRUS\tcountry\n"
                                       "en\tRUSSIA\tRUS\tcountry\n"  // duplicate (same key)
                                       "en\tGeorgia\tGEO\tcountry\n"
                                       "en\tGeorgia\tUSA\tcountry\n"         // conflict: skipped
                                       "en\tOnly three\tRUS\n"               // malformed
                                       "en\tPeterson\t---\tnone\n"           // not an actor
                                       "en\tX\tRUS\tcity\t\t\tgeonames:1\n"  // 7 fields
                                       "en\tY\tRUS\tnation\n";               // bad kind
  std::ofstream(dir + "/guards.tsv") << "en\tGeorgia\tdoc\tAtlanta\tUSA\n"
                                        "en\tNowhere\tnext\tx\t---\n"       // unknown name
                                        "en\tGeorgia\tsideways\tx\t---\n";  // bad rule
  std::ofstream(dir + "/coref.tsv") << "en\tthe two countries\tpair\nen\tthe pair\ttriple\n";
  ActorLexicon::Report report;
  auto lex = ActorLexicon::Load({dir}, &report);
  ASSERT_TRUE(lex.ok());
  ASSERT_EQ(report.duplicates.size(), 1u);
  EXPECT_NE(report.duplicates[0].find("names.tsv:2"), std::string::npos);
  EXPECT_EQ(report.problems.size(), 6u);
  for (const auto& p : report.problems) EXPECT_NE(p.find(dir), std::string::npos) << p;
  EXPECT_EQ(Found("Georgia and Russia", "en", "", **lex), (Strings{"GEO Georgia", "RUS Russia"}));
  // Strict: the first problem is the error; duplicates alone are not problems.
  ActorLexicon::Report r2;
  auto strict = ActorLexicon::Load({dir}, &r2, true);
  ASSERT_FALSE(strict.ok());
  EXPECT_NE(strict.status().message().find("coref.tsv:2"), std::string::npos)
      << strict.status().message();
  const std::string clean = TempDir("dyad_actor_lex3");
  std::ofstream(clean + "/a.tsv") << "en\tRussia\tRUS\tcountry\nen\tRussia\tRUS\tcountry\n";
  ActorLexicon::Report r3;
  EXPECT_TRUE(ActorLexicon::Load({clean}, &r3, true).ok());
  // A file path works as well as a directory; a missing path fails.
  EXPECT_TRUE(ActorLexicon::Load({clean + "/a.tsv"}, &r3).ok());
  EXPECT_FALSE(ActorLexicon::Load({clean + "/missing"}, &r3).ok());
}

// A verb of receiving (refers "host") is one word, found by its token norm, per language.
TEST(ActorLexicon, HostVerbsAreOneWordPerLanguage) {
  const std::string dir = TempDir("dyad_actor_host");
  std::ofstream(dir + "/coref.tsv") << "ar\t\u0627\u0633\u062A\u0642\u0628\u0644\thost\n"  // استقبل
                                       "en\twelcomed home\thost\n";                         // two words
  ActorLexicon::Report report;
  auto lex = ActorLexicon::Load({dir}, &report);
  ASSERT_TRUE(lex.ok());
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_NE(report.problems[0].find("one word"), std::string::npos) << report.problems[0];
  const auto* ar = (*lex)->HostVerbs("ar");
  ASSERT_NE(ar, nullptr);
  EXPECT_EQ(ar->count("\u0627\u0633\u062A\u0642\u0628\u0644"), 1u);
  EXPECT_EQ((*lex)->HostVerbs("en"), nullptr);
}

TEST(ActorLexicon, BuiltinDictionariesAreClean) {
  ActorLexicon::Report report;
  auto lex = ActorLexicon::Load({kData}, &report, /*strict=*/true);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_TRUE(report.duplicates.empty())
      << report.duplicates.size() << " duplicates, first: " << report.duplicates[0];
  const auto s = (*lex)->Stats();
  EXPECT_GT(s.entities, 2000u);
  for (const char* lang : {"en", "ar", "fa", "ru", "tr", "az"})
    EXPECT_GT(s.names_by_lang.at(lang), 500u) << lang;
}

// --- Recognition -----------------------------------------------------------------------

TEST(Actors, DatedRoles) {
  EXPECT_EQ(Found("Pashinyan spoke.", "en", "2025-03-01"), (Strings{"ARMGOV Pashinyan"}));
  EXPECT_EQ(Found("Pashinyan spoke.", "en", "2015-03-01"), (Strings{"ARM Pashinyan"}));
  EXPECT_EQ(Found("Shoigu spoke.", "en", "2020-03-01"), (Strings{"RUSGOVMIL Shoigu"}));
  EXPECT_EQ(Found("Shoigu spoke.", "en", "2025-03-01"), (Strings{"RUSGOV Shoigu"}));
  // Dated codes of other kinds: the Taliban before and after August 2021.
  EXPECT_EQ(Found("The Taliban attacked.", "en", "2019-01-01"), (Strings{"AFGREB Taliban"}));
  EXPECT_EQ(Found("The Taliban attacked.", "en", "2023-01-01"), (Strings{"AFGGOV Taliban"}));
}

TEST(Actors, InflectedNames) {
  EXPECT_EQ(Found("Переговоры с Россией и Азербайджаном.", "ru", ""),
            (Strings{"RUS Россией", "AZE Азербайджаном"}));
  EXPECT_EQ(Found("Rusya'nın Azerbaycan'a notası.", "tr", ""),
            (Strings{"RUS Rusya", "AZE Azerbaycan"}));
  EXPECT_EQ(Found("Rusyanın tutumu değişti.", "tr", ""), (Strings{"RUS Rusyanın"}));
  EXPECT_EQ(Found("Rusiyanın Azərbaycana notası.", "az", ""),
            (Strings{"RUS Rusiyanın", "AZE Azərbaycana"}));
}

TEST(Actors, FuzzyFallbackHasAPrecisionGuard) {
  EXPECT_EQ(Found("Yektrinburg police detained two men.", "en", ""),
            (Strings{"RUSCOP Yektrinburg police"}));
  // A city alone is no actor; an ordinary capitalised word is not a name.
  EXPECT_EQ(Found("Two men were detained in Yektrinburg.", "en", ""), Strings{});
  EXPECT_EQ(Found("Yesterday the weather changed.", "en", ""), Strings{});
}

TEST(Actors, FalseFriends) {
  EXPECT_EQ(Found("Turkey sandwiches were served.", "en", ""), Strings{});
  EXPECT_EQ(Found("We ate roast turkey.", "en", ""), Strings{});
  EXPECT_EQ(Found("Michael Jordan played.", "en", ""), Strings{});
  EXPECT_EQ(Found("Jordan closed its border.", "en", ""), (Strings{"JOR Jordan"}));
  EXPECT_EQ(Found("Atlanta is the capital of Georgia. Georgia passed a law.", "en", ""),
            (Strings{"USA Georgia", "USA Georgia"}));
}

// A nisba spelt as a state's name without its article ("سعودية", "السعودية") is kept
// beside the name: the name must keep its article, the nisba is found without it.
TEST(Actors, ArabicNisbaBesideTheDefiniteName) {
  EXPECT_EQ(Found("جرت المحادثات بوساطة سعودية.", "ar", ""), (Strings{"SAU سعودية"}));
  EXPECT_EQ(Found("أعلنت السعودية الحداد.", "ar", ""), (Strings{"SAU السعودية"}));
}

// After a possessive, qualifiers of standing may come before the sector word that
// heads the phrase; a sector word qualifying a noun of its own stays bare.
TEST(Actors, PossessiveWithQualifiers) {
  EXPECT_EQ(Found("Talks with Somalia's federal government resumed.", "en", ""),
            (Strings{"SOMGOV Somalia"}));
  EXPECT_EQ(Found("Aid to Yemen's internationally recognised government arrived.", "en", ""),
            (Strings{"YEMGOV Yemen"}));
  EXPECT_EQ(Found("Armenia's new military doctrine was published.", "en", ""), (Strings{"ARM Armenia"}));
  // "national" before another sector word qualifies it; alone it is a citizen.
  EXPECT_EQ(Found("Uganda's national teachers' union called off its strike.", "en", ""),
            (Strings{"UGAEDU Uganda"}));
  EXPECT_EQ(Found("A Ugandan national was held.", "en", ""), (Strings{"UGACVL Ugandan national"}));
}

// A sector word that qualifies a thing names no actor ("---" in sectors.tsv).
TEST(Actors, SectorWordQualifyingAThing) {
  EXPECT_EQ(Found("Russia's envoy paid an official visit to Baku, an Azerbaijani official said.", "en", ""),
            (Strings{"RUSGOV Russia", "AZE Baku", "AZEGOV Azerbaijani official"}));
}

// Sector conditions (fourth column of sectors.tsv): "القضاء" is the judiciary only with
// the article; "طائرة مسيرة" is forces only composed with a country.
TEST(Actors, SectorConditions) {
  DocumentActors d = FindDocumentActors("أحيل الملف إلى القضاء، والمتهم من قضاء تلعفر.", "ar", "", Builtin());
  ASSERT_EQ(d.actors.size(), 1u);
  ASSERT_EQ(d.actors[0].size(), 1u);
  EXPECT_EQ(d.actors[0][0].code, "JUD");
  EXPECT_EQ(d.actors[0][0].entity, "القضاء");
  EXPECT_LT(d.actors[0][0].first, 6u);
  EXPECT_EQ(Found("قصفت طائرة مسيرة تركية موقعا.", "ar", ""), (Strings{"TURMIL طائرة مسيرة تركية"}));
  EXPECT_EQ(Found("أطلقوا طائرة مسيرة نحو المدينة.", "ar", ""), (Strings{}));
}

// Nationalities coordinated around one sector word share it; a state after a
// nationality adjective, or a state after one with the article, stays bare.
TEST(Actors, CoordinatedOwnersShareTheSector) {
  EXPECT_EQ(Found("Kuwaiti, Omani and Qatari armed forces held a drill.", "en", ""),
            (Strings{"KWTMIL Kuwaiti", "OMNMIL Omani", "QATMIL Qatari armed forces"}));
  EXPECT_EQ(Found("Kuwait and Qatari armed forces held a drill.", "en", ""),
            (Strings{"KWT Kuwait", "QATMIL Qatari armed forces"}));
  EXPECT_EQ(Found("\u0627\u062C\u062A\u0645\u0639\u062A \u0627\u0644\u0634\u0631\u0637\u0629 "
                  "\u0627\u0644\u0623\u0631\u062F\u0646\u064A\u0629 \u0648\u0627\u0644\u0639\u0631\u0627\u0642\u064A\u0629.",
                  "ar", ""),
            (Strings{"JORCOP \u0627\u0644\u0634\u0631\u0637\u0629 \u0627\u0644\u0623\u0631\u062F\u0646\u064A\u0629",
                     "IRQCOP \u0648\u0627\u0644\u0639\u0631\u0627\u0642\u064A\u0629"}));
  // "جيش لبنان وسوريا": the armies of both; "الجيش اللبناني وسوريا": the army and a state.
  EXPECT_EQ(Found("\u0627\u0646\u062A\u0634\u0631 \u062C\u064A\u0634 \u0644\u0628\u0646\u0627\u0646 "
                  "\u0648\u0633\u0648\u0631\u064A\u0627.",
                  "ar", ""),
            (Strings{"LBNMIL \u062C\u064A\u0634 \u0644\u0628\u0646\u0627\u0646",
                     "SYRMIL \u0648\u0633\u0648\u0631\u064A\u0627"}));
  EXPECT_EQ(Found("\u0627\u0646\u062A\u0634\u0631 \u0627\u0644\u062C\u064A\u0634 "
                  "\u0627\u0644\u0644\u0628\u0646\u0627\u0646\u064A \u0648\u0633\u0648\u0631\u064A\u0627.",
                  "ar", ""),
            (Strings{"LBNMIL \u0627\u0644\u062C\u064A\u0634 \u0627\u0644\u0644\u0628\u0646\u0627\u0646\u064A",
                     "SYR \u0648\u0633\u0648\u0631\u064A\u0627"}));
}

// --- Document level --------------------------------------------------------------------

// "his country" is the state of the sentence's first actor, not the last one named;
// "the two leaders" are the governments of the last two states, in the order named.
TEST(Coref, OwnStateAndLeaders) {
  EXPECT_EQ(Found("The Kenyan president told Ethiopia that his country would help.", "en", "2025-07-01"),
            (Strings{"KENGOV Kenyan president", "ETH Ethiopia", "KEN his country"}));
  DocumentActors d = FindDocumentActors("Ghana hosted Togo's president. The two leaders talked.", "en",
                                        "2025-07-01", Builtin());
  ASSERT_EQ(d.actors.size(), 2u);
  ASSERT_EQ(d.actors[1].size(), 1u);
  EXPECT_EQ(d.actors[1][0].group, (Strings{"GHAGOV", "TGOGOV"}));
}

// "The two sides" keep the sector both states were last named with.
TEST(Coref, SidesKeepTheirSector) {
  DocumentActors d = FindDocumentActors("Ghana's foreign minister met Togo's foreign minister. The two sides talked.",
                                        "en", "2025-07-01", Builtin());
  ASSERT_EQ(d.actors.size(), 2u);
  ASSERT_EQ(d.actors[1].size(), 1u);
  EXPECT_EQ(d.actors[1][0].group, (Strings{"GHAGOV", "TGOGOV"}));
  d = FindDocumentActors("Ghana's foreign minister met Togo. The two sides talked.", "en", "2025-07-01", Builtin());
  ASSERT_EQ(d.actors.size(), 2u);
  ASSERT_EQ(d.actors[1].size(), 1u);
  EXPECT_EQ(d.actors[1][0].group, (Strings{"GHA", "TGO"}));
}

TEST(Coref, SectorsPairsAndSurnames) {
  EXPECT_EQ(Found("Azerbaijan protested. The ministry summoned the envoy.", "en", "2025-07-01"),
            (Strings{"AZE Azerbaijan", "AZEGOV ministry"}));
  EXPECT_EQ(Found("Russia and Azerbaijan quarrelled. The two countries later talked.", "en",
                  "2025-07-01"),
            (Strings{"RUS Russia", "AZE Azerbaijan", "RUS The two countries"}));
  DocumentActors d = FindDocumentActors("Heydar Aliyev spoke in 1995. Later Aliyev left.", "en",
                                        "1995-05-01", Builtin());
  ASSERT_EQ(d.actors.size(), 2u);
  ASSERT_EQ(d.actors[1].size(), 1u);
  EXPECT_EQ(d.actors[1][0].entity_id, "person:heydar-aliyev");
}

// --- Golden tests ----------------------------------------------------------------------

struct Expected {
  std::string code;
  uint32_t begin, end;
  std::string text;
};

struct GoldenCase {
  std::string where, lang, date, text;
  std::vector<Expected> expected;
  std::vector<std::pair<uint32_t, uint32_t>> absent;
};

// Position of the n-th (1-based) occurrence of needle in text, or npos.
size_t Nth(const std::string& text, const std::string& needle, int n) {
  size_t at = std::string::npos, from = 0;
  for (int k = 0; k < n; ++k) {
    at = text.find(needle, from);
    if (at == std::string::npos) return at;
    from = at + 1;
  }
  return at;
}

// "CODE "surface"#n" or ""surface"#n" -> code, surface, n.
bool ParseQuoted(const std::string& s, std::string* code, std::string* surface, int* n) {
  const size_t q1 = s.find('"'), q2 = s.rfind('"');
  if (q1 == std::string::npos || q2 <= q1) return false;
  std::istringstream(s.substr(0, q1)) >> *code;
  *surface = s.substr(q1 + 1, q2 - q1 - 1);
  *n = 1;
  if (q2 + 2 < s.size() && s[q2 + 1] == '#') *n = std::stoi(s.substr(q2 + 2));
  return true;
}

std::vector<GoldenCase> ReadGolden(const std::string& path, std::vector<std::string>* errors) {
  std::vector<GoldenCase> out;
  std::ifstream in(path);
  std::string line, lang, date;
  int no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (line.empty() || line[0] == '#') continue;
    const size_t colon = line.find(':');
    if (colon == std::string::npos) {
      errors->push_back(path + ":" + std::to_string(no) + ": no key");
      continue;
    }
    const std::string key = line.substr(0, colon);
    std::string value = line.substr(colon + 1);
    if (!value.empty() && value[0] == ' ') value.erase(0, 1);
    const std::string where = fs::path(path).filename().string() + ":" + std::to_string(no);
    if (key == "lang")
      lang = value;
    else if (key == "date")
      date = value == "-" ? "" : value;
    else if (key == "text")
      out.push_back({where, lang, date, value, {}, {}});
    else if (key == "expect" || key == "absent") {
      std::string code, surface;
      int n = 1;
      if (out.empty() || !ParseQuoted(value, &code, &surface, &n)) {
        errors->push_back(where + ": bad " + key);
        continue;
      }
      const size_t at = Nth(out.back().text, surface, n);
      if (at == std::string::npos) {
        errors->push_back(where + ": \"" + surface + "\" not in the text");
        continue;
      }
      const auto [b, e] = Trimmed(out.back().text, static_cast<uint32_t>(at),
                                  static_cast<uint32_t>(at + surface.size()));
      if (key == "expect")
        out.back().expected.push_back({code, b, e, surface});
      else
        out.back().absent.emplace_back(b, e);
    } else {
      errors->push_back(where + ": unknown key \"" + key + "\"");
    }
  }
  return out;
}

TEST(Golden, PrecisionAndRecallPerLanguage) {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/golden/actors";
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".test") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  struct Score {
    int tp = 0, fp = 0, fn = 0, cases = 0, absent_ok = 0, absent = 0;
  };
  std::map<std::string, Score> by_lang;
  std::vector<std::string> errors;
  std::ostringstream misses;
  for (const auto& f : files) {
    for (const auto& c : ReadGolden(f, &errors)) {
      Score& s = by_lang[c.lang];
      ++s.cases;
      DocumentActors d = FindDocumentActors(c.text, c.lang, c.date, Builtin());
      std::vector<bool> hit(c.expected.size(), false);
      std::vector<std::pair<uint32_t, uint32_t>> predicted;
      for (const auto& ms : d.actors)
        for (const auto& m : ms) {
          if (!m.has_country() || m.place_only()) continue;  // a sector alone is not an actor to score
          const auto [mb, me] = Trimmed(c.text, m.span.begin, m.span.end);
          predicted.emplace_back(mb, me);
          bool ok = false;
          for (size_t k = 0; k < c.expected.size(); ++k)
            if (!hit[k] && c.expected[k].code == m.code && c.expected[k].begin == mb &&
                c.expected[k].end == me) {
              hit[k] = ok = true;
              break;
            }
          if (ok)
            ++s.tp;
          else {
            ++s.fp;
            misses << "  FP " << c.where << " " << m.code << " \""
                   << c.text.substr(m.span.begin, m.span.size()) << "\" (" << m.how << ")\n";
          }
        }
      for (size_t k = 0; k < c.expected.size(); ++k)
        if (!hit[k]) {
          ++s.fn;
          misses << "  FN " << c.where << " " << c.expected[k].code << " \"" << c.expected[k].text
                 << "\"\n";
        }
      for (const auto& [b, e] : c.absent) {
        ++s.absent;
        bool clean = true;
        for (const auto& [pb, pe] : predicted) clean = clean && (pe <= b || pb >= e);
        s.absent_ok += clean;
      }
    }
  }
  for (const auto& e : errors) ADD_FAILURE() << e;
  std::ostringstream table;
  table << "lang cases expected  TP  FP  FN precision recall  must-not-match\n";
  for (const auto& [lang, s] : by_lang) {
    const double p = s.tp + s.fp ? double(s.tp) / (s.tp + s.fp) : 1.0;
    const double r = s.tp + s.fn ? double(s.tp) / (s.tp + s.fn) : 1.0;
    table << std::left << std::setw(5) << lang << std::right << std::setw(5) << s.cases
          << std::setw(9) << s.tp + s.fn << std::setw(4) << s.tp << std::setw(4) << s.fp
          << std::setw(4) << s.fn << std::fixed << std::setprecision(3) << std::setw(10) << p
          << std::setw(7) << r << std::setw(9) << s.absent_ok << "/" << s.absent << "\n";
    EXPECT_GE(p, 0.95) << lang << " precision";
    EXPECT_GE(r, 0.90) << lang << " recall";
  }
  std::cout << table.str() << misses.str();
  RecordProperty("scores", table.str());
}

}  // namespace
}  // namespace dyad

#include "recognize/places.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "core/literal.h"
#include "core/word_set.h"
#include "text/arabic.h"
#include "text/normalize.h"

namespace dyad {

namespace {

// A set of words, stored normalised as tokens are (so Arabic lists may be written
// with their hamzas and alif maqsura), looked up without copying.
class NormalizedWords {
 public:
  NormalizedWords(std::initializer_list<const char*> words) {
    for (const char* w : words) set_.insert(NormalizeWord(w));
  }
  bool count(std::string_view w) const { return set_.contains(w); }

 private:
  WordSet set_;
};

bool In(const NormalizedWords& set, std::string_view w) { return set.count(w); }

// Words after which a name is a location, not an actor ("in Moscow", "в Москве").
const NormalizedWords& LocativeWords() {
  static const NormalizedWords k = {
      // en
      "in", "at", "near", "from", "to", "into", "outside", "inside", "across", "around",
      "throughout", "within", "toward", "towards", "via", "through", "over", "off", "nearby",
      "between", "visited", "visit", "visiting", "entered", "reached", "across", "of",
      // ar
      "في", "فى", "من", "الى", "إلى", "نحو", "قرب", "داخل", "خارج", "عبر", "حول", "بين",
      "مدينه", "وسط", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي",
      "محافظه", "ولايه", "اقليم", "منطقه", "عاصمه", "زار", "زيارته", "زياره", "ضواحي", "انحاء",
      // fa
      "در", "به", "از", "نزدیک", "تا", "شهر", "استان",
      // ru
      "в", "во", "на", "из", "под", "около", "у", "до", "через", "возле", "к", "ко", "по",
      "близ", "под", "из-под",
      // tr / az (postpositions follow, the case suffix is the usual marker)
  };
  return k;
}

// Reporting and action verbs that follow a subject (en, SVO) or precede it (ar, VSO).
const NormalizedWords& SubjectVerbs() {
  static const NormalizedWords k = {
      // en auxiliaries and common news verbs (present and past)
      "said", "says", "say", "has", "have", "had", "is", "was", "were", "are", "will", "would",
      "could", "should", "can", "may", "might", "must", "did", "does", "do", "wants", "warned",
      "warns", "accused", "accuses", "denied", "denies", "condemned", "condemns", "rejected",
      "rejects", "demanded", "demands", "called", "calls", "urged", "urges", "insisted",
      "insists", "plans", "planned", "announced", "announces", "threatened", "threatens",
      "claimed", "claims", "responded", "responds", "blamed", "blames", "expects", "expected",
      "hopes", "hoped", "seeks", "sought", "refused", "refuses", "agreed", "agrees", "welcomed",
      "welcomes", "supports", "supported", "opposes", "opposed", "backs", "backed", "sent",
      "sends", "signed", "signs", "summoned", "summons", "recalled", "recalls", "imposed",
      "imposes", "launched", "launches", "expelled", "expels", "protested", "protests",
      "criticized", "criticised", "criticizes", "criticises", "hit", "struck", "strikes",
      "attacked", "attacks", "also", "again", "then", "now", "already", "itself",
      // ar (feminine forms: countries and capitals are feminine), normalised
      "قالت", "اعلنت", "اكدت", "نفت", "اتهمت", "طالبت", "رفضت", "دعت", "هددت", "ادانت",
      "حذرت", "ردت", "وافقت", "استدعت", "فرضت", "قررت", "ارسلت", "وقعت", "شنت", "اعتبرت",
      "تتهم", "تطالب", "ترفض", "تدعو", "تهدد", "تدين", "تحذر", "تنفي", "تعلن", "تؤكد", "تقول",
      "ترد", "توافق", "تستدعي", "تفرض", "تقرر", "ترسل", "توقع", "تشن", "تعتبر",
  };
  return k;
}

// Titles before a surname: "Gov. Jackson" is a person.
const NormalizedWords& Titles() {
  static const NormalizedWords k = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gov", "gov.",
                            "sen", "sen.", "rep", "rep.", "gen", "gen.", "president", "governor",
                            "senator", "sheriff", "judge", "coach", "officer", "deputy",
                            "detective", "sgt", "sgt.", "lt", "lt.", "capt", "capt.", "chief",
                            "mayor", "minister", "prof", "prof.", "rev", "rev.", "st", "st.",
                            "saint", "lord", "sir", "king", "queen", "prince", "princess",
                            "pope", "general", "colonel", "col.", "trooper", "attorney",
                            "commissioner", "superintendent", "principal", "pastor", "father",
                            "secretary", "spokesman", "spokeswoman", "chairman", "chairwoman",
                            "director", "councilman", "councilwoman", "alderman",
                            "representative", "congressman", "congresswoman", "ambassador",
                            "chancellor", "premier", "sgt.", "cpl", "cpl.", "pvt", "pvt.",
                            "officer", "agent", "dean", "bishop", "imam", "rabbi", "sister",
                            "brother", "uncle", "aunt", "mrs.", "ms.", "miss", "madam"};
  return k;
}

// Capitalised words after a toponym that make it part of an institution's name
// ("Texas Department of ...", "Dublin City Council", "Paris Public Library").
const NormalizedWords& InstitutionWords() {
  static const NormalizedWords k = {
      "department", "bureau", "city", "council", "public", "police", "library", "university",
      "college", "school", "schools", "board", "commission", "coalition", "highway", "patrol",
      "museum", "government", "center", "centre", "metropolitan", "utilities", "environmental",
      "services", "post", "times", "news", "herald", "tribune", "journal", "daily", "airport",
      "hospital", "medical", "regional", "area", "international", "national", "chamber", "fire",
      "sheriff", "church", "club", "association", "authority", "agency", "court", "zoo", "park",
      "street", "avenue", "road", "square", "bridge", "station", "mall", "high", "middle",
      "elementary", "community", "historical", "society", "symphony", "housing", "water",
      "electric", "power", "state", "federal", "general", "army", "navy", "guard", "ranger",
      "rangers", "division", "office", "ministry", "parliament", "assembly", "legislature",
      "senate", "house", "party", "republican", "democratic", "county", "township", "village",
      "town", "municipal", "district", "region", "province", "transit", "port", "harbor",
      "harbour", "stadium", "arena", "festival", "fair", "market", "bank", "company",
      "corporation", "institute", "foundation", "observer", "gazette", "star", "standard",
      "chronicle", "press", "review", "record", "telegraph", "independent", "courier",
      "mail", "register", "sun", "examiner", "inquirer", "beacon", "bulletin", "dispatch",
      "democrat", "republic", "economic", "development", "health", "hall", "theatre",
      "theater", "opera", "ballet", "orchestra", "academy", "seminary", "cathedral", "mosque",
      "temple", "synagogue", "prison", "jail", "detention", "correctional", "base", "camp",
      "fort", "memorial", "cemetery", "trail", "river", "valley", "mountains", "bay", "lake",
      "beach", "island", "islands", "peninsula", "metro", "downtown", "convention", "visitors",
      "tourism", "economy", "economic", "business", "businesses", "industrial", "industries",
      "energy", "gas", "oil", "telecom", "railway", "railways", "airlines", "airways", "air",
      "rail", "bus", "ferry", "hotel", "inn", "team", "council's", "region's", "mayor",
      "governor", "manager", "alcoholic", "forest", "forestry", "parks", "wildlife", "veterans",
      "riding", "recreation", "attorney", "workforce", "charter", "education", "mayoral",
      "elections", "election", "commissioner", "deputy", "superintendent", "emergency",
      "management", "planning", "zoning", "sewer", "transportation", "residents", "officials",
      "native", "natives", "councilman", "councilwoman", "city's", "county's", "state's",
      "legislator", "legislators", "lawmakers", "delegation", "congressional", "regiment",
      "battalion", "brigade", "corps", "command", "troopers", "marshal", "coroner", "clerk",
      "treasurer", "auditor", "assessor", "prosecutor", "judge", "magistrate", "constable"};
  return k;
}

// Common English given names. A place name after one is a surname ("Andrew Jackson",
// "Linda Moore"); a place name that is one, followed by an unknown capitalised word,
// is a person ("Lincoln Chafee", "Douglas Smith").
const NormalizedWords& FirstNames() {
  static const NormalizedWords k = {
      "aaron", "adam", "alan", "albert", "alex", "alexander", "alexandra", "alice", "alicia",
      "allen", "amanda", "amber", "amy", "andrea", "andrew", "angela", "ann", "anna", "anne",
      "anthony", "arthur", "ashley", "austin", "barbara", "barry", "ben", "benjamin", "beth",
      "betty", "beverly", "bill", "billy", "bob", "bobby", "brad", "bradley", "brandon", "brenda",
      "brian", "bruce", "bryan", "carl", "carol", "caroline", "carolyn", "catherine", "charles",
      "charlie", "charlotte", "cheryl", "chris", "christina", "christine", "christopher", "cindy",
      "clinton", "craig", "curtis", "cynthia", "dale", "dallas", "dan", "daniel", "danny", "david",
      "dean", "deborah", "debra", "dennis", "derek", "diana", "diane", "don", "donald", "donna",
      "doris", "dorothy", "douglas", "dylan", "earl", "ed", "eddie", "edward", "elaine",
      "elizabeth", "ellen", "emily", "emma", "eric", "erin", "eugene", "evelyn", "frances",
      "francis", "frank", "fred", "gary", "george", "gerald", "gloria", "grace", "graham",
      "greg", "gregory", "hannah", "harold", "harry", "heather", "helen", "henry", "howard",
      "jack", "jackson", "jacob", "james", "jamie", "jane", "janet", "jason", "jean", "jeff",
      "jeffrey", "jennifer", "jeremy", "jerry", "jesse", "jessica", "jim", "jimmy", "joan", "joe",
      "john", "johnny", "jon", "jonathan", "jordan", "jose", "joseph", "joshua", "joyce", "juan",
      "judith", "judy", "julia", "julie", "justin", "karen", "kathleen", "kathy", "katie", "keith",
      "kelly", "ken", "kenneth", "kevin", "kim", "kimberly", "kyle", "larry", "laura", "lauren",
      "lawrence", "lee", "leslie", "lincoln", "linda", "lisa", "logan", "lori", "louis", "louise",
      "lucy", "madison", "margaret", "maria", "marie", "marilyn", "mark", "martha", "martin",
      "mary", "matt", "matthew", "megan", "melissa", "michael", "michelle", "mike", "mitchell",
      "nancy", "nathan", "nicholas", "nick", "nicole", "norma", "olivia", "pamela", "patricia",
      "patrick", "paul", "paula", "peggy", "peter", "philip", "phillip", "rachel", "ralph",
      "randy", "raymond", "rebecca", "richard", "rick", "rita", "rob", "robert", "robin", "roger",
      "ronald", "rose", "roy", "russell", "ruth", "ryan", "sally", "sam", "samuel", "sandra",
      "sara", "sarah", "scott", "sean", "sharon", "shawn", "sheila", "shirley", "stephanie",
      "stephen", "steve", "steven", "susan", "taylor", "teresa", "terry", "theresa", "thomas",
      "tim", "timothy", "tina", "todd", "tom", "tommy", "tony", "tracy", "travis", "troy", "tyler",
      "victoria", "vincent", "virginia", "walter", "warren", "wayne", "wendy", "william", "willie",
      "zachary"};
  return k;
}

// Verbs of speech after a name that make it a person ("Wilson said").
const NormalizedWords& SpeechVerbs() {
  static const NormalizedWords k = {"said", "says", "told", "added", "explained", "noted", "wrote",
                            "asked", "replied", "stated", "recalled", "admitted", "argued",
                            "testified", "commented", "insisted", "acknowledged"};
  return k;
}

// Capitalised words that may precede a place name without making it a surname.
const NormalizedWords& NamePrefixWords() {
  static const NormalizedWords k = {"north", "south", "east", "west", "northern", "southern", "eastern",
                            "western", "central", "upper", "lower", "greater", "downtown",
                            "metro", "rural", "coastal", "northeast", "northwest", "southeast",
                            "southwest", "northeastern", "northwestern", "southeastern",
                            "southwestern", "old", "new", "occupied", "the", "in", "at", "of",
                            "from", "to", "near", "and", "or", "but", "for", "on", "by", "with",
                            "across", "into", "outside", "around", "throughout", "between",
                            "a", "an", "both", "all", "since", "while", "when", "after",
                            "before", "as", "like", "than", "via", "including"};
  return k;
}

// Feature words that make "<Name> <word>" a toponym of their own ("Laurel County"),
// with whether such a toponym may be a first-level region. (A WordMap: its hash is in
// line, std::hash an out-of-line call, and capitalised words ask it.)
struct FeatureWord {
  bool region = false;
};
const WordMap<FeatureWord>& FeatureWords() {
  static const WordMap<FeatureWord> k = [] {
    WordMap<FeatureWord> m;
    for (const auto& [word, region] : std::initializer_list<std::pair<std::string_view, bool>>{
      {"county", false},  {"parish", false},   {"borough", false},  {"township", false},
      {"river", false},   {"creek", false},    {"lake", false},     {"mountains", false},
      {"mountain", false}, {"valley", false},  {"bay", false},      {"island", false},
      {"islands", false}, {"peninsula", false}, {"canyon", false},  {"desert", false},
      {"park", false},
      {"province", true}, {"oblast", true},    {"governorate", true}, {"region", true},
      {"krai", true},     {"prefecture", true}, {"state", true},    {"district", true},
      // Streets (StreetWords below).
      {"street", false},  {"st.", false},      {"avenue", false},   {"ave.", false},
      {"road", false},    {"rd.", false},      {"boulevard", false}, {"blvd.", false},
      {"drive", false},   {"lane", false},     {"parkway", false},  {"pike", false},
      {"square", false}})
      m.set(word, {region});
    return m;
  }();
  return k;
}

// Streets: toponyms of their own, never the town or person they are named after
// ("Marshall Street" is no evidence for Marshall, Texas).
const NormalizedWords& StreetWords() {
  static const NormalizedWords k = {"street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.",
                            "drive", "lane", "parkway", "pike", "square"};
  return k;
}

// Words for the people of a place, written after its name ("a Paris man").
const NormalizedWords& ResidentWords() {
  static const NormalizedWords k = {"man", "woman", "men", "women", "resident", "residents", "native",
                            "teen", "teenager", "boy", "girl", "couple", "family", "mother",
                            "father", "youth", "student", "students", "homeowner", "homeowners"};
  return k;
}

// Feature words written before the name ("Lake Lanier", "Mount Hood").
const NormalizedWords& FeaturePrefixes() {
  static const NormalizedWords k = {"lake", "mount", "fort", "port", "cape", "camp", "isle"};
  return k;
}

// Words before a name that say it is a region (ar, fa): "محافظة حلب", "استان تهران".
const NormalizedWords& RegionCuesBefore() {
  static const NormalizedWords k = {"محافظه", "ولايه", "اقليم", "مقاطعه", "منطقه", "استان", "province",
                            "state", "region"};
  return k;
}

// AP style abbreviations of US states, written after a town ("Alexandria, Va.").
const std::unordered_map<std::string_view, std::string_view>& UsStateAbbreviations() {
  static const std::unordered_map<std::string_view, std::string_view> k = {
      {"ala", "AL"},   {"ariz", "AZ"}, {"ark", "AR"},  {"calif", "CA"}, {"colo", "CO"},
      {"conn", "CT"},  {"del", "DE"},  {"fla", "FL"},  {"ga", "GA"},    {"ill", "IL"},
      {"ind", "IN"},   {"kan", "KS"},  {"kans", "KS"}, {"ky", "KY"},    {"la", "LA"},
      {"md", "MD"},    {"mass", "MA"}, {"mich", "MI"}, {"minn", "MN"},  {"miss", "MS"},
      {"mo", "MO"},    {"mont", "MT"}, {"neb", "NE"},  {"nev", "NV"},   {"n.h.", "NH"},
      {"n.j.", "NJ"},  {"n.m.", "NM"}, {"n.y.", "NY"}, {"n.c.", "NC"},  {"n.d.", "ND"},
      {"okla", "OK"},  {"ore", "OR"},  {"pa", "PA"},   {"r.i.", "RI"},  {"s.c.", "SC"},
      {"s.d.", "SD"},  {"tenn", "TN"}, {"tex", "TX"},  {"vt", "VT"},    {"va", "VA"},
      {"wash", "WA"},  {"wis", "WI"},  {"wyo", "WY"},  {"w.va", "WV"},  {"d.c.", "DC"}};
  return k;
}

// English month and weekday names.
const NormalizedWords& CalendarWords() {
  static const NormalizedWords k = {"january", "february", "march", "april", "may", "june", "july", "august",
                            "september", "october", "november", "december", "monday", "tuesday",
                            "wednesday", "thursday", "friday", "saturday", "sunday"};
  return k;
}

// True when the word has at least two letters, all upper-case ASCII ("NICE", "PA").
bool AllCaps(std::string_view word, int) {
  int letters = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return letters >= 2;
}
bool AllCaps(std::string_view text, const Token& t) {
  return t.span.end <= text.size() && AllCaps(text.substr(t.span.begin, t.span.size()), 0);
}

bool IsArabicScriptLang(const std::string& l) { return l == "ar"_lit || l == "fa"_lit || l == "ur"_lit; }

// Latin/Cyrillic capitalisation; Arabic script has none, so it always passes.
bool Capitalised(const Token& t) { return t.capital || IsArabicScript(t.norm); }

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The Arabic word without a leading conjunction و/ف.
std::string_view StripConjunction(std::string_view w) {
  if (w.size() > 4 && StartsWithConjunction(w)) return w.substr(2);
  return w;
}

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// A Russian finite verb after a subject: past tense ("заявила", "обвинил") or present
// third person ("заявляет", "требуют").
bool LooksLikeRussianVerb(std::string_view w) {
  if (w.size() < 8) return false;  // bytes: four Cyrillic letters
  for (std::string_view e : {"ла", "ло", "ли", "ет", "ит", "ют", "ят"})
    if (EndsWith(w, e)) return true;
  return EndsWith(w, "л") && w.size() >= 10;
}

// English nationality adjectives and peoples: "Russian", "Israelis", "Sudanese",
// "Turkish", "French", "Iraqi", "Cypriot".
bool LooksLikeDemonym(std::string_view w) {
  if (w.size() < 4) return false;
  for (std::string_view e : {"an", "ans", "ese", "i", "is", "ish", "ch", "ic", "ot", "ots"})
    if (w.ends_with(e)) return true;
  return false;
}

// The forms an Arabic-script word may have as a foreign name: the word itself, and
// without a conjunction و or ف. Not with the article (foreign names do not take it:
// التحقيق is no name) nor a fused preposition (باكستاني is not "in Kostanay").
// Does a locative word stand before token i: "in Baku", "في باكو", and "in the city
// Baku" as machine translation writes it?
bool AfterLocative(const std::vector<Token>& t, size_t i) {
  if (i > 0 && In(LocativeWords(), StripConjunction(t[i - 1].norm))) return true;
  return i > 2 && (t[i - 1].norm == "city"_lit || t[i - 1].norm == "town"_lit) &&
         t[i - 2].norm == "the"_lit && In(LocativeWords(), t[i - 3].norm);
}

std::vector<std::string_view> VariantForms(std::string_view norm) {
  static const std::string kArticle = NormalizeWord("ال"), kLil = NormalizeWord("لل");
  std::vector<std::string_view> out;
  for (std::string_view w : {norm, StripConjunction(norm)})
    if (!w.starts_with(kArticle) && !w.starts_with(kLil) && std::find(out.begin(), out.end(), w) == out.end())
      out.push_back(w);
  return out;
}

// Is a one-word name a word the gazetteer's word files say is never a place: itself,
// or (Arabic) any reading of it, a conjunction, a clitic or a suffix removed ("كمين"
// ambush is no ك + Maine, "حصارها" no Hisar, "بأنها" no Baneh).
bool NeverAPlace(const Gazetteer& gaz, std::string_view norm, std::vector<std::string>* buffer) {
  if (gaz.NotAPlace(norm)) return true;
  if (!IsArabicScript(norm)) return false;
  ArabicReading readings[kMaxArabicReadings];
  const int n = ArabicReadings(norm, buffer, readings);
  for (int r = 0; r < n; ++r)
    if (gaz.NotAPlace(readings[r].form)) return true;
  return false;
}

// Tokens as the gazetteer should see them: Turkish and Azerbaijani case suffixes after
// an apostrophe ("Bakü'de", "Moskova'ya") are cut off. suffixed[i] records the cut.
std::vector<Token> MatchTokens(const Sentence& s, std::vector<bool>* suffixed) {
  suffixed->assign(s.tokens.size(), false);
  if (s.lang != "tr"_lit && s.lang != "az"_lit) return {};
  std::vector<Token> tokens = s.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const size_t p = tokens[i].norm.find('\'');
    if (p != std::string::npos && p > 0) {
      tokens[i].norm.resize(p);
      tokens[i].key = tokens[i].norm;
      HashForms(&tokens[i]);
      (*suffixed)[i] = true;
    }
  }
  return tokens;
}

// A sentence written in title case (a headline): capitals say nothing there.
bool TitleCase(const std::vector<Token>& t) {
  int words = 0, caps = 0;
  for (const auto& k : t) {
    if (!k.word || IsArabicScript(k.norm) || IsDigits(k.norm)) continue;
    ++words;
    caps += k.capital;
  }
  return words >= 4 && caps * 10 >= words * 8;
}

// True when token i is the first word of the sentence (after opening quotes/brackets).
bool SentenceInitial(const std::vector<Token>& t, size_t i) {
  for (size_t k = 0; k < i; ++k)
    if (t[k].word) return false;
  return true;
}

// (A capital named as where something happens is kept among the actors only to place
// the bare sectors; here it is a place like any other.)
const ActorMention* ActorAt(const std::vector<ActorMention>& actors, size_t first, size_t last) {
  for (const auto& a : actors)
    if (a.first < last && first < a.last && !a.place_only()) return &a;
  return nullptr;
}

// The Arabic and Persian conjunction "و", normalised.
const std::string& N_and() {
  static const std::string k = NormalizeWord("و");
  return k;
}

// Whether a country or capital at [first, last) is the subject of a verb, i.e. an
// actor by metonymy ("Moscow said", "قالت موسكو", "Москва заявила").
bool SubjectOfVerb(const Sentence& s, const std::vector<Token>& t, const std::vector<bool>& suffixed,
                   size_t first, size_t last, const std::vector<ActorMention>& actors) {
  const std::string& lang = s.lang;
  if (first > 0 && In(LocativeWords(), StripConjunction(t[first - 1].norm))) return false;
  // Coordinated with a located name: "in Alexandria and Cairo", "في بغداد ودمشق".
  for (size_t k = first; k > 0;) {
    --k;
    const std::string& w = t[k].norm;
    if (In(LocativeWords(), StripConjunction(w))) return false;
    if (!(w == "and"_lit || w == "or"_lit || w == ","_lit || w == N_and() || t[k].capital ||
          IsArabicScript(w)))
      break;
    if (IsArabicScript(w) && k + 1 < first && !w.starts_with(N_and())) break;
  }
  if (lang == "tr"_lit || lang == "az"_lit) return !suffixed[first];  // a case suffix marks a place
  if (IsArabicScriptLang(lang) || IsArabicScript(t[first].norm)) {
    // A preposition fused to the name (بموسكو, لبغداد) makes it a place.
    const std::string& w = t[first].norm;
    if (w.starts_with("ب") || w.starts_with("وب") || w.starts_with("فب") || w.starts_with("لل")) return false;
    if (lang == "fa"_lit) return SentenceInitial(t, first) || (first == 1 && t[0].norm == "و"_lit);
    if (first > 0 && In(SubjectVerbs(), StripConjunction(t[first - 1].norm))) return true;
    return last < t.size() && In(SubjectVerbs(), StripConjunction(t[last].norm));
  }
  // SVO: skip a coordinated actor ("Moscow and Baku said") and "on Monday".
  size_t j = last;
  while (j + 1 < t.size() && (t[j].norm == "and"_lit || t[j].norm == "и"_lit || t[j].norm == ","_lit)) {
    const ActorMention* a = ActorAt(actors, j + 1, j + 2);
    if (!a) break;
    j = a->last;
  }
  if (j + 1 < t.size() && t[j].norm == "on"_lit && t[j + 1].capital) j += 2;
  if (j >= t.size() || !t[j].word || t[j].capital) return false;
  const std::string& v = t[j].norm;
  if (lang == "ru"_lit) return LooksLikeRussianVerb(v);
  if (In(SubjectVerbs(), v)) return true;
  return v.size() >= 5 && v.ends_with("ed");
}

}  // namespace

std::vector<PlaceMention> RecognizePlaces(const Sentence& s, std::string_view text, const Gazetteer& gaz,
                                          const std::vector<ActorMention>& actors) {
  // Per-sentence tables, kept per thread and refilled: every sentence needs them, and
  // allocating them was a noticeable part of the recogniser's cost. (RecognizePlaces
  // does not call itself.)
  thread_local std::vector<bool> suffixed, looked;
  thread_local std::vector<PhraseMatch> matches;
  // Only Turkish and Azerbaijani tokens change; the others are read in place.
  const std::vector<Token> cut = MatchTokens(s, &suffixed);
  const std::vector<Token>& t = cut.empty() ? s.tokens : cut;
  // Each token's longest gazetteer name, looked up once (rules look around a lot).
  matches.assign(t.size(), PhraseMatch{});
  looked.assign(t.size(), false);
  auto match_at = [&](size_t k) -> const PhraseMatch& {
    static const PhraseMatch kNone;
    if (k >= t.size()) return kNone;
    if (!looked[k]) matches[k] = gaz.MatchAt(t, k), looked[k] = true;
    return matches[k];
  };
  // Whether the sentence is a headline, decided when a rule first asks: most sentences
  // never reach one.
  int title_case_known = -1;
  auto title_case = [&] {
    if (title_case_known < 0) title_case_known = TitleCase(t);
    return title_case_known == 1;
  };
  const bool tr_az = s.lang == "tr"_lit || s.lang == "az"_lit;
  std::vector<PlaceMention> out;
  auto push = [&](size_t first, size_t last) -> PlaceMention& {
    PlaceMention m;
    m.first = first;
    m.last = last;
    m.span = {s.tokens[first].span.begin, s.tokens[last - 1].span.end};
    out.push_back(std::move(m));
    return out.back();
  };
  // "<Name> County" and friends: a toponym the gazetteer lacks, spanning back over the
  // capitalised words before the feature word. Returns its first token or last if none.
  auto feature_start = [&](size_t feature) {
    size_t b = feature;
    while (b > 0 && feature - b < 4 && t[b - 1].word && t[b - 1].capital &&
           !In(NamePrefixWords(), t[b - 1].norm) && !IsDigits(t[b - 1].norm))
      --b;
    return b;
  };
  // A name's candidate places, one buffer for the sentence: most names are found not to
  // be places (and their candidates cleared); a mention takes its candidates away.
  std::vector<uint32_t> candidates;
  std::vector<std::string> readings_buffer;  // ArabicReadings' restored forms
  for (size_t i = 0; i < t.size();) {
    // A place name starts with a capital or in Arabic script (see the candidates
    // cleared below); the gazetteer is not asked about the other words, most of a
    // sentence, whose lookups would miss the cache for nothing.
    if (!t[i].word || !Capitalised(t[i])) {
      ++i;
      continue;
    }
    PhraseMatch m = match_at(i);
    candidates.clear();
    if (m.found()) {
      for (const auto& sense : gaz.name(m.payload).senses)
        if (!sense.tr_az || tr_az) candidates.push_back(sense.place);
      // A name that is also an ordinary word ("Mobile", "Reading", "Union") is a place
      // only where the sentence says so: after a locative word, or before ", <place>".
      const bool said_place =
          (i > 0 && In(LocativeWords(), t[i - 1].norm)) ||
          (m.end + 1 < t.size() && t[m.end].norm == ","_lit && match_at(m.end + 1).found());
      if (m.end == i + 1 && NeverAPlace(gaz, t[i].norm, &readings_buffer)) candidates.clear();
      if (IsArabicScript(t[i].norm) && !candidates.empty()) {
        // Arabic has no capitals. A form with the article (الدولة, بالدولة) is a
        // noun or a nisba adjective unless the name itself has the article; a small
        // town needs a preposition before it or fused to it (في, من, إلى; ب, ل).
        const GazetteerName& nm = gaz.name(m.payload);
        if (HasArabicArticle(t[i].norm, 2) && !nm.arabic_article) candidates.clear();
        // ...and a name always written with it (الخبر, القاهرة) is not its bare form
        // (خبر "news").
        if (!HasArabicArticle(t[i].norm, 2) && nm.arabic_article && !nm.arabic_bare) candidates.clear();
        const bool small = std::none_of(candidates.begin(), candidates.end(), [&](uint32_t c) {
          const GazetteerPlace& p = gaz.place(c);
          return p.is_country() || p.is_admin1() || p.is_area() || p.population >= 100000;
        });
        const bool located = (i > 0 && In(LocativeWords(), StripConjunction(t[i - 1].norm))) ||
                             StripConjunction(t[i].norm).starts_with("ب");
        if (small && !located) candidates.clear();
      }
      // Countries, regions and large cities keep their names ("China", "Reading"),
      // except at the start of a sentence or in a headline.
      const bool prominent = std::any_of(candidates.begin(), candidates.end(), [&](uint32_t c) {
        const GazetteerPlace& p = gaz.place(c);
        return p.is_country() || p.is_admin1() || p.population >= 100000;
      });
      const bool word = gaz.name(m.payload).common_word;
      if (!Capitalised(t[i]) || (word && !prominent && !said_place) ||
          (word && prominent && !said_place && (SentenceInitial(t, i) || title_case())))
        candidates.clear();
      // Month and weekday names are dates ("March" is also a town).
      if (m.end == i + 1 && In(CalendarWords(), t[i].norm)) candidates.clear();
      // An acronym in capitals ("NICE", "PA") is not a place name written in lower
      // case, except in a dateline or a line in capitals.
      const bool country_or_region = std::any_of(candidates.begin(), candidates.end(), [&](uint32_t c) {
        return gaz.place(c).is_country() || gaz.place(c).is_admin1();
      });
      if (m.end == i + 1 && AllCaps(text, t[i]) && !country_or_region && !title_case() &&
          !(SentenceInitial(t, i) && i + 1 < t.size() &&
            (t[i + 1].norm == ","_lit || t[i + 1].norm == "-"_lit || t[i + 1].norm == "("_lit ||
             t[i + 1].norm == "—"_lit || t[i + 1].norm == ":"_lit)))
        candidates.clear();
    }
    const size_t end = candidates.empty() ? i + 1 : m.end;
    // Feature toponyms: "<Name> County", "Lake <Name>".
    if (t[i].capital && !IsArabicScript(t[i].norm)) {
      size_t f = end;
      const FeatureWord* fw = f < t.size() && t[f].capital ? FeatureWords().find(t[f].norm) : nullptr;
      if (fw && !fw->region) {
        // The gazetteer name is only part of a county's or river's name.
        const size_t b = feature_start(f);
        // An actor may span the words: the county or river is still a toponym, and a
        // street is one whoever it is named after ("Marshall Street").
        const ActorMention* named = ActorAt(actors, b, f + 1);
        if (b < f && (!named || named->kind == ActorKind::kComposed ||
                      named->kind == ActorKind::kCountry || In(StreetWords(), t[f].norm))) {
          PlaceMention& pm = push(b, f + 1);
          pm.feature = t[f].norm;
          pm.how = "form: <name> " + pm.feature;
          i = f + 1;
          continue;
        }
      }
      const bool new_town = t[i].norm == "new"_lit && !title_case();
      if (candidates.empty() && (In(FeaturePrefixes(), t[i].norm) || new_town) && i + 1 < t.size() &&
          t[i + 1].capital && t[i + 1].word && !ActorAt(actors, i, i + 2)) {
        const PhraseMatch& inner = match_at(i + 1);
        if (inner.found()) {
          // A listed name after the prefix makes another place ("Mount Washington",
          // "New Concord" are not Washington and Concord), which the gazetteer lacks.
          PlaceMention& pm = push(i, inner.end);
          pm.feature = new_town ? "town" : t[i].norm;
          pm.how = "form: " + t[i].norm + " <name>, not <name>";
          i = inner.end;
          continue;
        }
        if (!inner.found() && !new_town) {
          size_t e = i + 2;
          while (e < t.size() && e < i + 4 && t[e].word && t[e].capital && !FeatureWords().find(t[e].norm)) ++e;
          PlaceMention& pm = push(i, e);
          pm.feature = t[i].norm;
          pm.how = "form: " + pm.feature + " <name>";
          i = e;
          continue;
        }
      }
      if (candidates.empty() && !FeatureWords().find(t[i].norm)) {
        // "Santa Clara County": unknown capitalised words before a county word.
        size_t e = i;
        while (e < t.size() && e < i + 3 && t[e].word && t[e].capital && !FeatureWords().find(t[e].norm)) ++e;
        if (e < t.size() && e > i && t[e].capital) {
          const FeatureWord* fw2 = FeatureWords().find(t[e].norm);
          if (fw2 && !fw2->region && !In(NamePrefixWords(), t[i].norm) &&
              !ActorAt(actors, i, e + 1) && !(SentenceInitial(t, i) && e == i + 1 && false)) {
            PlaceMention& pm = push(i, e + 1);
            pm.feature = t[e].norm;
            pm.how = "form: <name> " + pm.feature;
            i = e + 1;
            continue;
          }
        }
      }
    }
    if (candidates.empty()) {
      // A machine-translated or misspelled name after a locative word: "in Yektrinburg".
      const Token& w = t[i];
      // "in Yektrinburg", "in the city Yektrinburg"; a capitalised word glued to it
      // ("YektrinburgThe") is the next sentence's, not part of the name.
      const bool glued_next = i + 1 < t.size() && t[i + 1].span.begin == w.span.end;
      if (w.capital && !IsArabicScript(w.norm) && w.norm.size() >= 7 && i > 0 &&
          AfterLocative(t, i) && !ActorAt(actors, i, i + 1) &&
          !(i + 1 < t.size() && t[i + 1].word && t[i + 1].capital && !glued_next)) {
        const int edits = w.norm.size() >= 10 ? 2 : 1;
        auto names = gaz.Fuzzy(w.norm, edits);
        if (!names.empty()) {
          PlaceMention& pm = push(i, i + 1);
          for (const auto& sense : gaz.name(names.front()).senses) pm.candidates.push_back(sense.place);
          pm.fuzzy = true;
          pm.how = "spelling variant of " + gaz.name(names.front()).text;
        }
      }
      // An Arabic-script spelling of a foreign name that the gazetteer spells otherwise
      // (جروزني for غروزني, يكاترنبورغ for يكاترينبورغ), where the sentence says place.
      const bool after_locative = i > 0 && In(LocativeWords(), StripConjunction(t[i - 1].norm));
      if (IsArabicScript(w.norm) && !m.found() && after_locative && !ActorAt(actors, i, i + 1)) {
        for (std::string_view form : VariantForms(w.norm)) {
          // The longest name of up to three words ("ناجورنو قره باغ").
          std::vector<std::string> phrases = {std::string(form)};
          for (size_t k = i + 1; k < t.size() && k < i + Gazetteer::kMaxVariantWords && IsArabicScript(t[k].norm); ++k)
            phrases.push_back(phrases.back() + " " + t[k].norm);
          size_t end = i;
          std::vector<uint32_t> found;
          for (size_t k = phrases.size(); k > 0 && found.empty(); --k)
            if (found = gaz.ArabicVariants(phrases[k - 1]); !found.empty()) end = i + k;
          if (found.empty()) continue;
          PlaceMention& pm = push(i, end);
          for (uint32_t n : found)
            for (const auto& sense : gaz.name(n).senses)
              if (std::find(pm.candidates.begin(), pm.candidates.end(), sense.place) == pm.candidates.end())
                pm.candidates.push_back(sense.place);
          pm.fuzzy = true;
          pm.after_preposition = true;
          pm.how = "spelling variant of " + gaz.name(found.front()).text;
          i = end - 1;
          break;
        }
      }
      ++i;
      continue;
    }
    const size_t first = i, last = m.end;
    i = last;
    const ActorMention* actor = ActorAt(actors, first, last);
    // A listed place name beats an actor found only by a spelling guess ("Indiana" is
    // not "Indians").
    if (actor && actor->how.find("fuzzy") != std::string::npos && m.stripped == 0) actor = nullptr;
    // A context guard has told which country the name is in here ("عمان" after
    // "الأردنية", or in an article about Jordanians, is Amman): that country's places
    // are its only readings.
    if (actor && actor->guarded && actor->code.size() >= 3)
      if (const int64_t c = gaz.FindCountry(actor->code.substr(0, 3)); c >= 0) {
        const std::string& iso = gaz.place(c).country;
        std::vector<uint32_t> kept;
        for (uint32_t k : candidates)
          if (gaz.place(k).country == iso) kept.push_back(k);
        if (!kept.empty()) candidates = std::move(kept);
      }
    const bool locative = AfterLocative(t, first);
    std::string role = "place";
    std::string why;
    // Countries and capitals that stand for governments (not the capital of the Isle
    // of Man, "Douglas said").
    const bool countryish = std::any_of(candidates.begin(), candidates.end(), [&](uint32_t c) {
      return gaz.place(c).is_country() ||
             (gaz.place(c).kind == "PPLC"_lit && gaz.place(c).population >= 200000);
    });
    const bool latin = !IsArabicScript(t[first].norm);
    if (latin && !locative && first > 0 && In(Titles(), t[first - 1].norm)) {
      // "Gov. Jackson", "Sheriff Dyer": a person. Recorded so that ResolvePlaces drops
      // the same name standing alone elsewhere in the article.
      PlaceMention& pm = push(first, last);
      pm.candidates = std::move(candidates);
      pm.how = "not a place: a person's name after a title";
      pm.resolved = -2;
      pm.person = true;
      continue;
    }
    if (actor && actor->kind != ActorKind::kCountry && actor->kind != ActorKind::kCapital &&
        actor->kind != ActorKind::kCity && !locative) {
      // Inside an organisation's or seat's name, or a country + sector actor: a
      // toponym, but the actor is what the text speaks of ("Russia's foreign
      // ministry", "Texas Instruments").
      // The whole name of an organisation or person is no toponym ("Hamas", "Jordan").
      const bool whole = actor->first >= first && actor->last <= last;
      role = actor->kind == ActorKind::kPerson || (whole && actor->kind != ActorKind::kComposed)
                 ? ""
             : actor->kind == ActorKind::kOrg || actor->kind == ActorKind::kSeat ? "in-name"
                                                                                 : "metonym";
      why = "inside the actor \"" + actor->entity + "\"";
    } else if ((actor || countryish) && SubjectOfVerb(s, t, suffixed, first, last, actors)) {
      role = "metonym";
      why = "subject of a verb: an actor";
    } else if ((actor || countryish) && !locative && last < t.size() && t[last].norm == "'s"_lit) {
      role = "metonym";
      why = "possessive: an actor (\"Baku's reaction\")";
    } else if (latin && !locative) {
      // Latin script: a capitalised word next to the name makes it part of a longer
      // name: an institution ("Texas Department of Health", "Paris Public Library":
      // the toponym is still there) or a person ("Andrew Jackson", "Wilson said").
      // A surname: the name after a given name ("Andrew Jackson", "Linda Moore").
      // A surname: the name after a given name ("Andrew Jackson", "Linda Moore"), or
      // after another capitalised word that is no place and not the sentence's first.
      const bool after_given_name =
          first > 0 && t[first - 1].word && t[first - 1].capital && !ActorAt(actors, first - 1, first) &&
          (In(FirstNames(), t[first - 1].norm) ||
           (!SentenceInitial(t, first - 1) && !In(NamePrefixWords(), t[first - 1].norm) &&
            !In(FeaturePrefixes(), t[first - 1].norm) && !match_at(first - 1).found() &&
            !In(CalendarWords(), t[first - 1].norm) && !IsDigits(t[first - 1].norm)));
      // (A word glued to the name, "ZugdidiThe", is the next sentence's first word.)
      const bool next_cap = last < t.size() && t[last].word && t[last].capital && !t[last].newline_before &&
                            t[last].span.begin != t[last - 1].span.end &&
                            !FeatureWords().find(t[last].norm) && !ActorAt(actors, last, last + 1);
      const bool next_place = next_cap && match_at(last).found();
      const bool single = last == first + 1;
      if (after_given_name) {
        role = "";
        why = "not a place: a surname after a given name";
      } else if (next_cap && !next_place && single && In(FirstNames(), t[first].norm) &&
                 !In(InstitutionWords(), t[last].norm)) {
        role = "";
        why = "not a place: a given name before a surname";
      } else if (next_cap && !next_place && In(InstitutionWords(), t[last].norm)) {
        // "Texas Department of Health", "Dublin City Council", "Sochi Mayor": the
        // toponym is there, inside a longer name.
        role = "in-name";
        why = "part of an institution's name";
      } else if (next_cap && !next_place) {
        // Another capitalised word: a name that only begins like a place ("Toyota
        // Motor", "Olympic Games", "Evans Smith").
        role = "";
        why = "not a place: part of a longer name";
      } else if (last < t.size() && In(SpeechVerbs(), t[last].norm) && !countryish) {
        role = "";
        why = "not a place: a person who speaks";
      } else if (single && In(FirstNames(), t[first].norm) && !countryish &&
                 !(next_cap && next_place) &&
                 !(last + 1 < t.size() && t[last].norm == ","_lit && match_at(last + 1).found()) &&
                 std::none_of(candidates.begin(), candidates.end(), [&](uint32_t c) {
                   return gaz.place(c).population >= 500000 || gaz.place(c).is_admin1();
                 })) {
        // A given name alone ("George", "Linda") is a person unless the sentence
        // says place ("in Lincoln", "Lincoln, Nebraska"); large cities keep their name.
        role = "";
        why = "not a place: a given name";
      } else if (next_place && !In(NamePrefixWords(), t[first].norm)) {
        // Two names side by side without a comma: "Linda Moore", unless the second
        // holds the first ("Dallas Texas").
        const PhraseMatch nm = match_at(last);
        bool holds = false;
        for (const auto& sense : gaz.name(nm.payload).senses)
          for (uint32_t c : candidates) {
            const GazetteerPlace& outer = gaz.place(sense.place);
            const GazetteerPlace& inner = gaz.place(c);
            holds = holds || (outer.is_country() && inner.country == outer.country) ||
                    (outer.is_admin1() && inner.country == outer.country && inner.admin1 == outer.admin1);
          }
        if (!holds) {
          role = "in-name";
          why = "next to another name";
        }
      }
    }
    if (role.empty()) {
      PlaceMention& pm = push(first, last);
      pm.candidates = std::move(candidates);
      pm.how = why;
      pm.resolved = -2;
      // Only a name read as a surname marks the name elsewhere in the article.
      pm.person = why.find("surname") != std::string::npos || why.find("title") != std::string::npos;
      continue;
    }
    PlaceMention& pm = push(first, last);
    pm.candidates = std::move(candidates);
    pm.after_preposition = locative;
    // ("Dachnoye in the Dnipropetrovsk region", "Goma in Congo": a container of the name
    // before, after "in".)
    const auto in_word = [&](size_t k) {
      const std::string_view w = StripConjunction(t[k].norm);
      return w == "in"_lit || w == "\u0641\u064a"_lit;  // في
    };
    pm.after_in = first > 0 && in_word(first - 1)                                              ? 1
                  : first > 1 && t[first - 1].norm == "the"_lit && in_word(first - 2) ? 2
                                                                                       : 0;
    pm.role = role;
    pm.how = why;
    // "Kherson region", "محافظة حلب": prefer the region of that name.
    if (last < t.size()) {
      const FeatureWord* fw = FeatureWords().find(t[last].norm);
      pm.region_cue = fw && fw->region;
    }
    if (first > 0 && In(RegionCuesBefore(), StripConjunction(t[first - 1].norm))) pm.region_cue = true;
    pm.residents_cue = last < t.size() && latin && In(ResidentWords(), t[last].norm);
    // Dateline: "BAKU, June 28 (Reuters) -" at the start of the article.
    if (first == 0 && last + 1 < t.size() &&
        (t[last].norm == ","_lit || t[last].norm == "-"_lit || t[last].norm == "—"_lit))
      pm.dateline = true;
    // AP state abbreviation after "Town, ": "Alexandria, Va."
    if (last + 2 < t.size() + 1 && last + 1 < t.size() && t[last].norm == ","_lit) {
      std::string abbr = t[last + 1].norm;
      size_t e = last + 2;
      if (e < t.size() && t[e].norm == "."_lit && !abbr.ends_with(".")) ++e;
      if (abbr == "w."_lit && last + 3 < t.size() && t[last + 2].norm == "va"_lit) {
        abbr = "w.va";
        e = last + 3;
        if (e < t.size() && t[e].norm == "."_lit) ++e;
      }
      auto st = UsStateAbbreviations().find(abbr);
      if (st != UsStateAbbreviations().end() && t[last + 1].capital) {
        const int64_t region = gaz.FindAdmin1("US", st->second);
        if (region >= 0) {
          PlaceMention& sm = push(last + 1, e);
          sm.candidates = {static_cast<uint32_t>(region)};
          sm.how = "US state abbreviation";
          i = e;
        }
      }
    }
  }
  // Nationality adjectives and peoples inside actor mentions ("Russian police",
  // "Palestinians"): toponyms in the geoparsing sense, resolved to the actor's country.
  if (s.lang == "en"_lit) {
    for (const auto& a : actors) {
      // Only where the actor is named by its nationality: not a person ("Saakashvili"),
      // an organisation or a seat of power.
      if (!a.has_country() || (a.kind != ActorKind::kAdj && a.kind != ActorKind::kPeople &&
                               a.kind != ActorKind::kComposed && a.kind != ActorKind::kCountry))
        continue;
      const int64_t country = gaz.FindCountry(a.code.substr(0, 3));
      if (country < 0) continue;
      for (size_t k = a.first; k < a.last && k < t.size(); ++k) {
        if (!t[k].capital || !LooksLikeDemonym(t[k].norm)) continue;
        size_t b = k;
        while (b > a.first && t[b - 1].capital && t[b - 1].word) --b;  // "Sri Lankan"
        const bool taken = std::any_of(out.begin(), out.end(), [&](const PlaceMention& m) {
          return m.first < k + 1 && b < m.last;
        });
        if (taken) continue;
        PlaceMention& pm = push(b, k + 1);
        pm.candidates = {static_cast<uint32_t>(country)};
        pm.role = "demonym";
        pm.how = "nationality of the actor " + a.code;
      }
    }
    std::sort(out.begin(), out.end(), [](const PlaceMention& x, const PlaceMention& y) { return x.first < y.first; });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Resolution

namespace {

// The country codes or "CC.A1" region keys that one document's resolution speaks of,
// as small ids numbered in string order. Evidence is kept in flat arrays indexed by
// id and summed in id order, which is the order a std::map<std::string, double>
// iterates: the scores stay bit-identical to summing over such maps, without a map
// node per key per mention per round.
class DocumentKeys {
 public:
  void Add(std::string key) { keys_.push_back(std::move(key)); }
  // Numbers the keys; call once, after the last Add and before Id.
  void Seal() {
    std::sort(keys_.begin(), keys_.end());
    keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
  }
  // The id of key; -1 when it was never added.
  int Id(std::string_view key) const {
    auto it = std::lower_bound(keys_.begin(), keys_.end(), key,
                               [](const std::string& a, std::string_view b) { return std::string_view(a) < b; });
    return it != keys_.end() && *it == key ? static_cast<int>(it - keys_.begin()) : -1;
  }
  const std::string& key(int id) const { return keys_[id]; }
  size_t size() const { return keys_.size(); }

 private:
  std::vector<std::string> keys_;
};

// A candidate place's ids in the document's country and region keys.
struct PlaceKeys {
  int country = -1;  // its country code (the id of "" when it has none)
  int admin1 = -1;   // Admin1Key; -1 when that is empty
  int region = -1;   // its own "CC.A1" when it is an admin1 region, else -1
  int context = -1;  // the region its context is looked up by: region for a region, else admin1
};

// What one mention's chosen place added to a round's evidence, taken out again when
// the mentions of that name are scored: its country and up to two region entries (a
// region adds its own key twice, and the second addition lands on the first entry).
struct OwnEvidence {
  int country = -1;
  double country_w = 0;
  int region[2] = {-1, -1};
  double region_w[2] = {0, 0};
  void AddRegion(int key, double w) {
    for (int i = 0; i < 2; ++i)
      if (region[i] == key || region[i] < 0) {
        region[i] = key;
        region_w[i] += w;
        return;
      }
  }
};

std::string Admin1Key(const GazetteerPlace& p) {
  return p.country.empty() || p.admin1.empty() || p.is_country() ? "" : p.country + "." + p.admin1;
}

// Why a candidate is chosen when nothing in the article speaks for it.
constexpr std::string_view kByPopulation = "population and type";

// The evidence from the article that last spoke for a candidate while its mentions are
// scored: the reason's words are written only once the candidate's scoring is done (a
// name's mentions are scored per candidate in every round, and most reasons are
// overwritten or never read).
struct Evidence {
  enum Kind { kNone, kCountry, kRegion, kNear, kRegionCue, kInside, kResidents, kFits };
  Kind kind = kNone;
  const GazetteerPlace* outer = nullptr;  // kInside: the container named next to the name
  bool none() const { return kind == kNone; }
  // The reason, for candidate p.
  std::string Describe(const GazetteerPlace& p) const {
    switch (kind) {
      case kCountry: return "context: country " + p.country;
      case kRegion: return "context: region " + (p.is_admin1() ? p.country + "." + p.admin1 : Admin1Key(p));
      case kNear: return "near the article's other places";
      case kRegionCue: return "named as a region";
      case kInside: return "inside " + outer->name;
      case kResidents: return "a town: its residents are named by it";
      case kFits: return "fits another name of the article";
      case kNone: break;
    }
    return {};
  }
};

double Kilometres(const GazetteerPlace& a, const GazetteerPlace& b) {
  constexpr double kRad = 3.14159265358979323846 / 180;
  const double dlat = (b.lat - a.lat) * kRad, dlon = (b.lon - a.lon) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::sqrt(std::min(1.0, h)));
}

double KindBonus(const GazetteerPlace& p) {
  if (p.is_country()) return 3.0;
  if (p.is_admin1()) return 1.5;
  const std::string_view kind = p.kind;
  if (kind == "PPLC"_lit) return 1.5;
  if (kind == "PPLA"_lit) return 0.7;
  if (kind == "PPLA2"_lit) return 0.3;
  if (kind == "PPLX"_lit) return -0.7;
  if (p.is_area()) return 2.0;
  return 0;
}

// The prior of a candidate: population and feature type. Hand-added areas without a
// population count as large.
double Prior(const GazetteerPlace& p) {
  const double pop = p.population > 0 ? static_cast<double>(p.population) : (p.is_area() ? 1e6 : 1e4);
  return std::log10(pop + 1000) + KindBonus(p);
}

}  // namespace

void ResolvePlaces(const Gazetteer& gaz, const std::vector<std::vector<ActorMention>>& actors_by_sentence,
                   std::vector<std::vector<PlaceMention>>* places_by_sentence) {
  auto& all = *places_by_sentence;
  // A name used inside a person's or team's name in the document is not a place
  // where it stands alone either ("Andrew Jackson ... Jackson said"), unless a
  // preposition says it is ("in Jackson").
  std::set<std::vector<uint32_t>> longer_names;
  for (const auto& sentence : all)
    for (const auto& m : sentence)
      if (m.resolved == -2 && m.person && m.last == m.first + 1) longer_names.insert(m.candidates);
  for (auto& sentence : all)
    for (auto& m : sentence)
      if (m.resolved != -2 && !m.after_preposition && longer_names.count(m.candidates) &&
          std::none_of(m.candidates.begin(), m.candidates.end(),
                       [&](uint32_t c) { return gaz.place(c).is_country(); })) {
        m.resolved = -2;
        m.how = "not a place: part of a longer name elsewhere in the article";
      }

  // Evidence from actors: the countries the article's actors belong to, leaving out
  // actors that are the place names themselves ("Paris" read as the French
  // government would otherwise vouch for Paris, France). One entry per actor.
  std::vector<const std::string*> actor_country_codes;
  for (size_t s = 0; s < actors_by_sentence.size(); ++s)
    for (const auto& a : actors_by_sentence[s]) {
      if (!a.has_country()) continue;
      const bool is_place =
          s < all.size() && std::any_of(all[s].begin(), all[s].end(), [&](const PlaceMention& m) {
            return m.first < a.last && a.first < m.last && std::string_view(m.role) != "demonym"_lit;
          });
      if (is_place) continue;
      const int64_t c = gaz.FindCountry(a.code.substr(0, 3));
      if (c >= 0) actor_country_codes.push_back(&gaz.place(c).country);
    }

  struct Ref {
    size_t s, k;
  };
  std::vector<Ref> refs;
  for (size_t s = 0; s < all.size(); ++s)
    for (size_t k = 0; k < all[s].size(); ++k)
      if (!all[s][k].candidates.empty() && all[s][k].resolved != -2) refs.push_back({s, k});

  // Explicit containers: "Alexandria, Virginia", "Paris, Texas", "Baku, Azerbaijan".
  // container[ref] = the candidate set of the following mention.
  std::map<std::pair<size_t, size_t>, std::vector<uint32_t>> container;
  std::set<std::pair<size_t, size_t>> named_inside;  // containers after "in": "X in the Y region"
  for (size_t s = 0; s < all.size(); ++s)
    for (size_t k = 0; k + 1 < all[s].size(); ++k) {
      const PlaceMention& a = all[s][k];
      const PlaceMention& b = all[s][k + 1];
      // (One word on, "Baku, Azerbaijan", "Goma in Congo"; or after "in the": "Dachnoye
      // in the Dnipropetrovsk region".)
      const bool next_to = b.first == a.last + 1 || (b.after_in == 2 && b.first == a.last + 2);
      if (a.candidates.empty() || b.candidates.empty() || !next_to || a.resolved == -2 || b.resolved == -2)
        continue;
      container[{s, k}] = b.candidates;
      if (b.after_in > 0 && b.first == a.last + b.after_in) named_inside.insert({s, k});
    }
  auto inside = [&](const GazetteerPlace& p, const GazetteerPlace& c) {
    if (&p == &c) return false;
    if (c.is_country()) return p.country == c.country;
    if (c.is_admin1()) return p.country == c.country && p.admin1 == c.admin1 && !p.is_admin1();
    return false;
  };

  // Same name, same place: scores are summed over all mentions of a name.
  std::map<std::vector<uint32_t>, std::vector<size_t>> groups;
  for (size_t r = 0; r < refs.size(); ++r) groups[all[refs[r].s][refs[r].k].candidates].push_back(r);
  // The keys every candidate adds evidence under or looks it up by, numbered once.
  DocumentKeys country_keys, region_keys;
  for (const std::string* cc : actor_country_codes) country_keys.Add(*cc);
  country_keys.Add("US");
  region_keys.Add("US.LA");
  for (const auto& [cands, members] : groups)
    for (uint32_t c : cands) {
      const GazetteerPlace& p = gaz.place(c);
      country_keys.Add(p.country);
      if (std::string a1 = Admin1Key(p); !a1.empty()) region_keys.Add(std::move(a1));
      if (p.is_admin1()) region_keys.Add(p.country + "." + p.admin1);
    }
  country_keys.Seal();
  region_keys.Seal();
  std::vector<size_t> group_of(refs.size());               // the group of each ref, in map order
  std::vector<std::vector<PlaceKeys>> group_keys;          // per group, per candidate
  std::vector<const std::vector<uint32_t>*> group_cands;  // per group
  for (const auto& [cands, members] : groups) {
    for (size_t r : members) group_of[r] = group_cands.size();
    group_cands.push_back(&cands);
    std::vector<PlaceKeys>& keys = group_keys.emplace_back(cands.size());
    for (size_t ci = 0; ci < cands.size(); ++ci) {
      const GazetteerPlace& p = gaz.place(cands[ci]);
      keys[ci].country = country_keys.Id(p.country);
      keys[ci].admin1 = region_keys.Id(Admin1Key(p));
      if (p.is_admin1()) keys[ci].region = region_keys.Id(p.country + "." + p.admin1);
      keys[ci].context = p.is_admin1() ? keys[ci].region : keys[ci].admin1;
    }
  }

  // The actors' countries, summed per key in the order the actors come.
  std::vector<double> actor_countries(country_keys.size(), 0);
  for (const std::string* cc : actor_country_codes) actor_countries[country_keys.Id(*cc)] += 1.0;
  std::vector<double> base_countries, base_regions(region_keys.size(), 0);
  base_countries = actor_countries;
  // Toponyms of American forms the gazetteer lacks still say where the article is:
  // "<Name> County" and "<Name> Township" are American usage, "<Name> Parish" is
  // Louisiana's.
  const int us = country_keys.Id("US"), us_la = region_keys.Id("US.LA");
  for (const auto& sentence : all)
    for (const auto& m : sentence) {
      const std::string_view feature = m.feature;
      if (feature == "county"_lit || feature == "township"_lit || feature == "borough"_lit ||
          feature == "parish"_lit) {
        actor_countries[us] += 0.5;
        base_countries[us] += 0.5;
      }
      if (feature == "parish"_lit) base_regions[us_la] += 1.0;
    }

  // Names that may each denote several places, one of them a region and the other a
  // town in it ("Athens" and "Georgia", "Albany" and "Georgia"): the readings that fit
  // together support each other. Per name: the regions it may be, and the regions its
  // towns lie in.
  struct Readings {
    std::set<std::string> regions, towns_in;
  };
  std::map<std::vector<uint32_t>, Readings> readings;
  for (const auto& [cands, members] : groups) {
    if (cands.size() < 2) continue;
    Readings& rd = readings[cands];
    for (uint32_t c : cands) {
      const GazetteerPlace& p = gaz.place(c);
      if (p.is_admin1()) rd.regions.insert(p.country + "." + p.admin1);
      else if (p.is_city() && !Admin1Key(p).empty()) rd.towns_in.insert(Admin1Key(p));
    }
  }
  auto fits_another_name = [&](const std::vector<uint32_t>& own_name, const GazetteerPlace& p) {
    const std::string key = p.is_admin1() ? p.country + "." + p.admin1 : p.is_city() ? Admin1Key(p) : "";
    if (key.empty()) return false;
    for (const auto& [other, rd] : readings)
      if (other != own_name && (p.is_admin1() ? rd.towns_in.count(key) : rd.regions.count(key))) return true;
    return false;
  };
  // Whether each candidate fits another name: the same in every round, so asked once.
  std::vector<std::vector<char>> fits(group_cands.size());
  for (size_t g = 0; g < group_cands.size(); ++g) {
    const std::vector<uint32_t>& cands = *group_cands[g];
    if (cands.size() < 2) continue;
    fits[g].resize(cands.size());
    for (size_t ci = 0; ci < cands.size(); ++ci) fits[g][ci] = fits_another_name(cands, gaz.place(cands[ci]));
  }
  // Rounds: the first uses the actors and each place's own prior; each later one adds
  // the countries and regions the previous round chose for the other mentions, until
  // no choice changes (a region chosen late can still pull its towns: "Albany" follows
  // "Georgia" once "Georgia" is read as the state).
  constexpr int kRounds = 4;
  constexpr double kFitBonus = 2.0;
  constexpr double kResidentsBonus = 4.0;
  std::vector<int64_t> choice(refs.size(), -1);
  std::vector<int> choice_ci(refs.size(), -1);  // choice[r] as an index into its group's candidates
  std::vector<std::string> why(refs.size());
  // How sure the first round is of each choice: 1 for a name with one place, less as
  // the runner-up comes closer. Uncertain choices lend little evidence to others.
  std::vector<double> sure(refs.size(), 0);
  std::vector<double> ev_countries, ev_regions;
  std::vector<OwnEvidence> own;
  // Per name in a round, its candidates' scores and reasons (one pair of buffers for all).
  std::vector<double> score;
  std::vector<std::string> reason;
  for (int round = 0; round < kRounds; ++round) {
    const std::vector<int64_t> before = choice;
    ev_countries = base_countries;
    ev_regions = base_regions;
    own.assign(refs.size(), OwnEvidence());
    if (round >= 1) {
      for (size_t r = 0; r < refs.size(); ++r) {
        if (choice[r] < 0) continue;
        const GazetteerPlace& p = gaz.place(choice[r]);
        const PlaceKeys& k = group_keys[group_of[r]][choice_ci[r]];
        const double w = sure[r];
        if (!p.country.empty()) {
          ev_countries[k.country] += w;
          own[r].country = k.country;
          own[r].country_w += w;
        }
        if (k.admin1 >= 0) {
          ev_regions[k.admin1] += w;
          own[r].AddRegion(k.admin1, w);
        }
        if (p.is_admin1()) {
          ev_regions[k.region] += w;
          own[r].AddRegion(k.region, w);
        }
      }
    }
    double total_countries = 0;
    for (const double w : ev_countries) total_countries += w;
    size_t g = 0;
    for (auto it = groups.begin(); it != groups.end(); ++it, ++g) {
      const auto& [cands, members] = *it;
      score.assign(cands.size(), 0);
      reason.assign(cands.size(), std::string());  // empty: kByPopulation
      for (size_t ci = 0; ci < cands.size(); ++ci) score[ci] = Prior(gaz.place(cands[ci]));
      if (cands.size() > 1) {
        const bool has_country =
            std::any_of(cands.begin(), cands.end(), [&](uint32_t c) { return gaz.place(c).is_country(); });
        // Evidence from everything but the mentions of this name themselves.
        auto country_w = [&](int key) {
          double w = key < 0 ? 0 : ev_countries[key];
          for (size_t x : members)
            if (own[x].country == key) w -= own[x].country_w;
          return w;
        };
        auto region_w = [&](int key) {
          double w = key < 0 ? 0 : ev_regions[key];
          for (size_t x : members)
            for (int i = 0; i < 2; ++i)
              if (own[x].region[i] == key) w -= own[x].region_w[i];
          return w;
        };
        for (size_t ci = 0; ci < cands.size(); ++ci) {
          const GazetteerPlace& p = gaz.place(cands[ci]);
          const PlaceKeys& keys = group_keys[g][ci];
          double ctx = 0;
          Evidence r;
          bool residents = false;
          for (size_t mref : members) {
            const PlaceMention& m = all[refs[mref].s][refs[mref].k];
            if (!p.country.empty() && !p.is_country()) {
              const double w = country_w(keys.country);
              if (w > 1e-6) {
                ctx += 1.0 + 2.0 * std::min(1.0, w / std::max(1.0, total_countries));
                r = {Evidence::kCountry};
              }
              if (keys.context >= 0 && region_w(keys.context) > 1e-6) {
                ctx += 2.0;
                r = {Evidence::kRegion};
              }
            } else if (p.is_country() && country_w(keys.country) > 1e-6) {
              ctx += 1.0;
              r = {Evidence::kCountry};
            }
            // Near the article's other places (cities and regions chosen in the first
            // round): "Gainesville" near Atlanta is Gainesville, Georgia.
            if (round >= 1 && (p.is_city() || p.is_admin1())) {
              double nearest = 1e9;
              for (size_t other = 0; other < refs.size(); ++other) {
                if (choice[other] < 0 || sure[other] < 0.6 || group_of[other] == g) continue;
                const GazetteerPlace& q = gaz.place(choice[other]);
                if (!q.is_city() && !q.is_admin1()) continue;
                nearest = std::min(nearest, Kilometres(p, q));
              }
              if (nearest < 150) ctx += 2.0;
              else if (nearest < 400) ctx += 1.0;
              if (nearest < 400 && r.none()) r = {Evidence::kNear};
            }
            if (m.residents_cue && !p.is_country() && country_w(keys.country) > 1e-6) residents = true;
            if (m.region_cue && (p.is_admin1() || p.is_area())) {
              ctx += 4.0;
              r = {Evidence::kRegionCue};
            }
            auto c = container.find({refs[mref].s, refs[mref].k});
            if (c != container.end()) {
              for (uint32_t outer : c->second)
                if (inside(p, gaz.place(outer))) {
                  ctx += 8.0;
                  r = {Evidence::kInside, &gaz.place(outer)};
                  break;
                }
            }
          }
          score[ci] += ctx / static_cast<double>(members.size());
          if (residents && has_country) {
            score[ci] += kResidentsBonus;
            if (r.none() || r.kind == Evidence::kCountry) r = {Evidence::kResidents};
          }
          if (fits[g][ci]) {
            score[ci] += kFitBonus;
            if (r.none()) r = {Evidence::kFits};
          }
          if (!r.none()) reason[ci] = r.Describe(p);
        }
      }
      size_t best = 0;
      for (size_t ci = 1; ci < cands.size(); ++ci)
        if (score[ci] > score[best]) best = ci;
      // A city and a region of one name in one country ("New York"): the region when
      // the article's other places in that region lie away from the city (upstate
      // towns), the city otherwise.
      if (round >= 1 && gaz.place(cands[best]).is_city()) {
        const GazetteerPlace& city = gaz.place(cands[best]);
        for (size_t ci = 0; ci < cands.size(); ++ci) {
          const GazetteerPlace& region = gaz.place(cands[ci]);
          if (!region.is_admin1() || region.country != city.country || region.admin1 != city.admin1) continue;
          int away = 0, near = 0;
          for (size_t other = 0; other < refs.size(); ++other) {
            if (choice[other] < 0 || group_of[other] == g) continue;
            const GazetteerPlace& q = gaz.place(choice[other]);
            if (!q.is_city() || q.country != city.country || q.admin1 != city.admin1) continue;
            (Kilometres(q, city) > 100 ? away : near)++;
          }
          if (away > near) {
            best = ci;
            reason[ci] = "the region: the article's other places in it are away from the city";
          }
        }
      }
      // A city and a region of one name in one country: the city, unless the text
      // says region ("Kabul" the city, "Kabul province" the region).
      if (gaz.place(cands[best]).is_admin1() && reason[best].rfind("the region:", 0) != 0) {
        bool cue = false;
        for (size_t mref : members) cue = cue || all[refs[mref].s][refs[mref].k].region_cue;
        for (size_t ci = 0; ci < cands.size() && !cue; ++ci) {
          const GazetteerPlace& p = gaz.place(cands[ci]);
          const GazetteerPlace& region = gaz.place(cands[best]);
          // Only a city of that region, or the country's capital ("Washington"): Oregon
          // is the state, not the Ohio town of that name.
          const bool of_region = p.admin1 == region.admin1 || p.kind == "PPLC"_lit;
          if (p.is_city() && p.country == region.country && of_region && score[best] - score[ci] < 3) {
            best = ci;
            reason[ci] = "city over the region of the same name";
            break;
          }
        }
      }
      double runner_up = -1e9;
      for (size_t ci = 0; ci < cands.size(); ++ci)
        if (ci != best) runner_up = std::max(runner_up, score[ci]);
      const double certainty = cands.size() == 1 ? 1.0 : std::clamp((score[best] - runner_up) / 3.0, 0.2, 1.0);
      for (size_t mref : members) {
        choice[mref] = cands[best];
        choice_ci[mref] = static_cast<int>(best);
        why[mref] = cands.size() == 1 ? "only candidate" : reason[best].empty() ? kByPopulation : reason[best];
        if (round == 0) sure[mref] = certainty;
      }
    }
    if (round >= 1 && choice == before) break;
  }
  // Namesakes: a town name the gazetteer gives to several towns of one country
  // (Springfield, Columbus, Monroe), chosen among them by size alone, with nothing in
  // the article (a region, a nearby place, a container) saying which. The listed
  // towns are those of 15,000 people or more, and smaller namesakes are likely too:
  // unless the chosen town dwarfs the others ("Frankfurt"), the name is left unresolved.
  constexpr double kNamesakeRatio = 3.0;
  constexpr int64_t kWellKnown = 1000000;
  for (size_t r = 0; r < refs.size(); ++r) {
    if (choice[r] < 0) continue;
    const GazetteerPlace& p = gaz.place(choice[r]);
    if (!p.is_city() || !(std::string_view(why[r]) == kByPopulation ||
                          why[r].starts_with("context: country") || why[r].starts_with("a town:")))
      continue;
    int64_t rival = -1;
    for (uint32_t c : all[refs[r].s][refs[r].k].candidates) {
      const GazetteerPlace& q = gaz.place(c);
      if (static_cast<int64_t>(c) != choice[r] && q.is_city() && q.country == p.country)
        rival = std::max(rival, q.population);
    }
    if (rival < 0 || static_cast<double>(p.population) >= kNamesakeRatio * static_cast<double>(rival)) continue;
    choice[r] = -1;
    why[r] = "unresolved: several towns of this name in " + p.country + " and nothing in the article says which";
  }
  // "Dachnoye in the Dnipropetrovsk region": a town named inside a region or a state of
  // one country, whose only listed namesakes lie in another, is some smaller place the
  // gazetteer lacks; it is left unresolved rather than placed abroad.
  for (size_t r = 0; r < refs.size(); ++r) {
    if (choice[r] < 0) continue;
    const GazetteerPlace& p = gaz.place(choice[r]);
    const auto c = container.find({refs[r].s, refs[r].k});
    if (p.is_country() || p.is_admin1() || p.country.empty() || c == container.end() || c->second.empty() ||
        !named_inside.count({refs[r].s, refs[r].k}))
      continue;
    const std::string& outer_country = gaz.place(c->second.front()).country;
    const bool one_country =
        std::all_of(c->second.begin(), c->second.end(), [&](uint32_t o) { return gaz.place(o).country == outer_country; }) &&
        std::any_of(c->second.begin(), c->second.end(), [&](uint32_t o) {
          return gaz.place(o).is_country() || gaz.place(o).is_admin1();
        });
    if (!one_country || outer_country == p.country) continue;
    choice[r] = -1;
    why[r] = "unresolved: " + p.name + ", " + p.country + " lies outside the region named with it";
  }
  // Local news: an article whose places and actors lie in one country, with a town
  // name resolved abroad that is also a town of that country ("Paris Police
  // Department" in a Tennessee paper: Paris, Tennessee, is too small to be listed, and
  // Paris, Texas, would be a guess): the foreign town is unlikely, so the name is left
  // unresolved rather than placed on another continent.
  std::vector<char> place_role(refs.size());  // the mention's role is "place" (asked refs² times)
  for (size_t r = 0; r < refs.size(); ++r)
    place_role[r] = std::string_view(all[refs[r].s][refs[r].k].role) == "place"_lit;
  for (size_t r = 0; r < refs.size(); ++r) {
    if (choice[r] < 0) continue;
    const GazetteerPlace& p = gaz.place(choice[r]);
    if (!p.is_city()) continue;
    // The countries of everything else in the article: other names' places, actors.
    std::vector<double> weight = actor_countries, place_weight(country_keys.size(), 0);
    for (size_t x = 0; x < refs.size(); ++x)
      if (choice[x] >= 0 && group_of[x] != group_of[r]) {
        const int cc = group_keys[group_of[x]][choice_ci[x]].country;
        weight[cc] += 1;
        if (place_role[x]) place_weight[cc] += 1;
      }
    double total = 0, top = 0;
    int top_country = -1;
    for (size_t c = 0; c < weight.size(); ++c) {
      total += weight[c];
      if (weight[c] > top) top = weight[c], top_country = static_cast<int>(c);
    }
    const std::vector<PlaceKeys>& keys = group_keys[group_of[r]];
    const int country = keys[choice_ci[r]].country;
    if (top < 2 || top < 0.75 * total || country == top_country || weight[country] > 0) continue;
    // Actors and nationality words alone do not make an article local: "Russian
    // artillery shelled Kherson", "Georgian border guards ... in Vladikavkaz".
    if (place_weight[top_country] < 1) continue;
    // A capital or a large city is that city (Moscow in an article about Azerbaijan),
    // unless the name is also a town of the article's country (Paris, Texas).
    const bool local_namesake =
        std::any_of(keys.begin(), keys.end(), [&](const PlaceKeys& k) { return k.country == top_country; });
    if (!local_namesake && p.population >= kWellKnown) continue;
    choice[r] = -1;
    why[r] = "unresolved: only known abroad (" + p.name + ", " + p.country + ") in an article about " +
             country_keys.key(top_country);
  }
  // A local article (its surely placed towns and regions within 600 km of each other)
  // with a name of several places resolved by size alone to one far from all of
  // them: the town meant is most likely one too small to be in the gazetteer
  // (Paris, Tennessee), so the name is left unresolved.
  std::vector<const GazetteerPlace*> anchors;
  std::vector<std::vector<uint32_t>> anchor_names;
  for (size_t x = 0; x < refs.size(); ++x) {
    if (choice[x] < 0 || sure[x] < 0.6) continue;
    const GazetteerPlace& q = gaz.place(choice[x]);
    if (q.is_city() || q.is_admin1()) {
      anchors.push_back(&q);
      anchor_names.push_back(all[refs[x].s][refs[x].k].candidates);
    }
  }
  double spread = 0;
  for (size_t a = 0; a < anchors.size(); ++a)
    for (size_t b = a + 1; b < anchors.size(); ++b) spread = std::max(spread, Kilometres(*anchors[a], *anchors[b]));
  if (anchors.size() >= 2 && spread <= 600) {
    for (size_t r = 0; r < refs.size(); ++r) {
      const auto& cands = all[refs[r].s][refs[r].k].candidates;
      if (choice[r] < 0 || cands.size() < 2 || why[r] != kByPopulation) continue;
      const GazetteerPlace& p = gaz.place(choice[r]);
      if (!p.is_city()) continue;
      double nearest = 1e9;
      for (size_t a = 0; a < anchors.size(); ++a)
        if (anchor_names[a] != cands) nearest = std::min(nearest, Kilometres(p, *anchors[a]));
      if (nearest > 600 && nearest < 1e9) {
        choice[r] = -1;
        why[r] = "unresolved: " + p.name + ", " + p.country + " is far from the article's other places";
      }
    }
  }
  for (size_t r = 0; r < refs.size(); ++r) {
    PlaceMention& m = all[refs[r].s][refs[r].k];
    m.resolved = choice[r];
    if (m.how.empty() || m.how.starts_with("form")) m.how = why[r];
    else m.how += "; " + why[r];
  }
  // Drop the non-places: names inside longer names, and bare uses of such names.
  for (auto& sentence : all)
    sentence.erase(std::remove_if(sentence.begin(), sentence.end(), [](const PlaceMention& m) { return m.resolved == -2; }),
                   sentence.end());
}

int64_t MainPlace(const Gazetteer& gaz, const std::vector<std::vector<PlaceMention>>& all) {
  std::map<int64_t, double> weight;
  std::vector<int64_t> order;  // first mention first: it wins ties
  for (size_t s = 0; s < all.size(); ++s)
    for (const auto& m : all[s]) {
      if (m.resolved < 0 || m.role == "metonym"_lit || m.role == "demonym"_lit) continue;
      if (s == 0 && m.dateline) return m.resolved;
      const GazetteerPlace& p = gaz.place(m.resolved);
      if (!weight.count(m.resolved)) order.push_back(m.resolved);
      weight[m.resolved] += p.is_country() ? 0.9 : 1.0;
    }
  int64_t best = -1;
  double bw = 0;
  for (int64_t p : order)
    if (weight[p] > bw) best = p, bw = weight[p];
  return best;
}

Place ToEventPlace(const Gazetteer& gaz, int64_t idx) {
  const GazetteerPlace& p = gaz.place(idx);
  Place out;
  out.name = p.name;
  out.geonameid = p.geonameid;
  out.lat = p.lat;
  out.lon = p.lon;
  out.country = p.country;
  if (!p.is_country()) {
    const int64_t a1 = gaz.FindAdmin1(p.country, p.admin1);
    if (a1 >= 0) out.admin1 = gaz.place(a1).name;
  }
  return out;
}

}  // namespace dyad

// Clause boundaries, passive voice, and PLOVER modes (negated, hypothetical, future,
// historical) from the function words of data/events/grammar.<lang>.tsv.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexicon/trigger_lexicon.h"
#include "text/token.h"

namespace dyad {

struct Mode {
  std::string name;  // "", "negated", "hypothetical", "future", "historical"
  std::string year;  // the earlier year a historical event is dated to
};

class ModeWords {
 public:
  ModeWords(const GrammarWords& g, const std::string& lang);
  // Whether the coder reads a kind of grammar word (the loader rejects the others).
  static bool KnownKind(std::string_view kind) { return MemberFor(kind) != nullptr; }

  // Punctuation or a word that ends a clause (";", ":", "but", "while", "لكن"...).
  bool IsBoundary(const std::vector<Token>& tokens, size_t t) const;
  // An auxiliary of the passive right before the trigger at t ("was arrested", "تم").
  bool IsPassive(const std::vector<Token>& tokens, size_t t) const;
  // A participle with no auxiliary before it ("three lawyers arrested by"): a reduced
  // relative, whose object is the noun right before it.
  bool IsReducedParticiple(const std::vector<Token>& tokens, size_t t) const;
  // An English word shaped like a past participle ("arrested", "held", "taken"), with
  // or without an agent after it.
  bool LooksLikeParticiple(const std::vector<Token>& tokens, size_t t) const;
  // The agent marker of a passive ("by", "من قبل", "على يد") starting at token t; not
  // one that opens a means (grammar kind means: "discussed by telephone").
  bool IsAgent(const std::vector<Token>& tokens, size_t t) const;
  // A verb of saying ("said", "told", "قال", "أعلن") starting at token t.
  bool IsReport(const std::vector<Token>& tokens, size_t t) const;
  // A relative pronoun ("who", "which", "الذي") at token t.
  bool IsRelative(const std::vector<Token>& tokens, size_t t) const;
  // A locative preposition ("in", "at", "في") at token t.
  bool IsLocative(const std::vector<Token>& tokens, size_t t) const;
  // A connector that chains verbs or nominal events ("and", "then", "ثم") at token t.
  bool IsConnector(const std::vector<Token>& tokens, size_t t) const;
  // The preposition of an "A against B" frame ("against", "ضد") at token t.
  bool IsAgainst(const std::vector<Token>& tokens, size_t t) const;
  // A preposition that makes the next word a verbal noun ("من خلال منع") at token t.
  bool IsPreposition(const std::vector<Token>& tokens, size_t t) const;
  // "between" of "talks between A and B" at token t.
  bool IsBetween(const std::vector<Token>& tokens, size_t t) const;
  // A subject pronoun ("it", "they", "إنه") at token t.
  bool IsPronoun(const std::vector<Token>& tokens, size_t t) const;
  // A verb whose subject receives the act ("received", "تلقى") at token t.
  bool IsInverse(const std::vector<Token>& tokens, size_t t) const;
  // How many tokens a word for some of a group's members takes at token t ("عناصر من",
  // "fighters of": they stand for the group named after them); 0 when none.
  size_t MemberLength(const std::vector<Token>& tokens, size_t t) const { return LengthAt(member_, tokens, t); }
  // A phrase that names who supplied information ("provided by", "قدمتها") ending right
  // before token t: the actor at t is the giver of a tip acted on.
  bool GiverBefore(const std::vector<Token>& tokens, size_t t) const { return PhraseBefore(giver_, tokens, t) != t; }
  bool IsGiver(const std::vector<Token>& tokens, size_t t) const { return StartsAt(giver_, tokens, t); }
  // A word for a formal charge ("تهمة", "تهم") at token t: a charge of espionage or
  // treason is told as that accusation (1125) rather than as legal action (173).
  bool IsCharge(const std::vector<Token>& tokens, size_t t) const { return StartsAt(charge_, tokens, t); }
  // A word for an allegation whose maker may follow after "by" ("an accusation made a day
  // earlier by", "claims by") at t.
  bool IsAllegation(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(allegation_, tokens, t);
  }
  // A word that makes an act mutual ("traded", "each other", "تبادل") at token t.
  bool IsReciprocal(const std::vector<Token>& tokens, size_t t) const;
  // A verb of witnessing a mutual act done before its subjects ("شهد", "حضر"): "شهد
  // الرئيسان التوقيع على اتفاقية" is a signing between them, at token t.
  bool IsWitness(const std::vector<Token>& tokens, size_t t) const;
  // A word of acting together beside a trigger ("a joint offensive", "غارات مشتركة") at t.
  bool IsJoint(const std::vector<Token>& tokens, size_t t) const;
  // A word for the premises a body is named by, before which people gather ("مقر
  // البرلمان", "أمام مبنى الوزارة") at t.
  bool IsPremises(const std::vector<Token>& tokens, size_t t) const;
  // "، على أن يزور الوزير بريدجتاون": after a comma, "على أن" opens what the parties
  // agreed is to follow, an act of its own to come (not what is urged "على").
  static bool Stipulated(const std::vector<Token>& tokens, size_t t);
  // A phrase that opens what a protest presses for ("to demand", "in protest against",
  // "للمطالبة", "احتجاجا على") at token t: where it ends, or 0.
  size_t PressingEnd(const std::vector<Token>& tokens, size_t t) const;
  // A phrase laying an attack on its agent ("blamed on", "claimed by", "نسبته", "تبنته")
  // at token t: where it ends, or 0.
  size_t BlameEnd(const std::vector<Token>& tokens, size_t t) const;
  // A phrase that opens a purpose ("aimed at", "in order to", "بهدف") ending at token t
  // (exclusive) within two tokens.
  bool PurposeBefore(const std::vector<Token>& tokens, size_t t) const;
  // A phrase that introduces a result of what came before ("ما أسفر عن", "resulting
  // in") ending at token t (exclusive) within two tokens.
  bool ResultBefore(const std::vector<Token>& tokens, size_t t) const;
  // "despite", "رغم" ending right before token t (grammar kind despite, also a result).
  bool DespiteBefore(const std::vector<Token>& tokens, size_t t) const;
  // "victims of", "ضحايا" ending right before token t: what follows is remembered.
  bool RememberedBefore(const std::vector<Token>& tokens, size_t t) const;
  // A phrase that characterises something ("described it as", "واصفا إياه") ending
  // within five tokens before t: what follows is an opinion, not an event.
  bool DescribedBefore(const std::vector<Token>& tokens, size_t t) const;
  // A reason given for another act, starting at token t ("in protest at", "احتجاجا على").
  bool IsReason(const std::vector<Token>& tokens, size_t t) const;
  // "when", "عندما": a word that opens a clause of time (grammar kind when).
  bool IsWhen(const std::vector<Token>& tokens, size_t t) const;
  // A word of force from the air ("warplanes", "drones", "غارات") at token t.
  bool IsAir(const std::vector<Token>& tokens, size_t t) const;
  // A word of ground fire: artillery and tanks ("mortars", "المدفعية"; 194), or small
  // arms and light weapons ("rifles", "رشاشات"; 193).
  bool IsArtillery(const std::vector<Token>& tokens, size_t t) const;
  bool IsSmallArms(const std::vector<Token>& tokens, size_t t) const;
  // A munition at token t ("mortar bombs", "a drone", "missiles"): one that lands
  // somewhere makes no visit.
  bool IsMunition(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(munition_, tokens, t);
  }
  // A subordinator no trigger pattern holds, at token t: a pattern's gap does not reach
  // across it into the next clause ("after", "following", "عقب").
  bool IsGapBreak(const std::vector<Token>& tokens, size_t t) const;
  // A word before a weekday that makes a day of it ("on") and a part of the day after
  // one ("night"), at token t: the day is one step of a pattern's gap.
  bool IsDayOpener(const std::vector<Token>& tokens, size_t t) const;
  bool IsDayPart(const std::vector<Token>& tokens, size_t t) const;
  // A word of answering force with force at token t ("retaliated", "responded", "ردّ").
  bool IsAnswer(const std::vector<Token>& tokens, size_t t) const;
  // A word of direction before a place ("northwestern", "شمال", "غربي") at token t.
  bool IsDirection(const std::vector<Token>& tokens, size_t t) const;
  // Whether the sentence tells of a game or a contest ("semi-final", "striker",
  // "المنتخب", "مهرجان"), where states are teams and entrants.
  bool NamesGame(const std::vector<Token>& tokens, const std::vector<bool>& in_name) const;
  // Where a word for some of a group's members ("fighters of", "members of", "مسلحين
  // من") that ends right before token t (an article may stand between) begins; t when
  // there is none.
  size_t MemberBefore(const std::vector<Token>& tokens, size_t t) const;
  // A passive participle that follows its noun with no auxiliary ("tankers accused of
  // smuggling", "a man charged with"): at token t, followed by what it names.
  bool IsBareParticiple(const std::vector<Token>& tokens, size_t t) const;
  // A participle of ordering an act with its agent marker ("ordered by", "launched by")
  // that ends right before token t: the actor at t gave the order.
  bool OrderedBefore(const std::vector<Token>& tokens, size_t t) const;
  // A number at token t: digits, or a word for a count ("أربعة", "عشرات", "أكثر من").
  bool IsCount(const std::vector<Token>& tokens, size_t t) const;
  // A verb of carrying out with a pronoun for its object ("شنه", "نفذتها") at t: it
  // opens a relative clause after an indefinite noun ("هجوم شنه مسلحون").
  bool IsPerformed(const std::vector<Token>& tokens, size_t t) const;
  // A noun for an act just told ("the attack", "a move", "القرار", "وهو ما") at token t,
  // or ending right before it: what reacts to it reacts to that act's agent.
  bool IsAct(const std::vector<Token>& tokens, size_t t) const;
  // A word that makes an expulsion a mass one ("mass", "جماعي") at token t.
  bool IsMass(const std::vector<Token>& tokens, size_t t) const { return StartsAt(mass_, tokens, t); }
  // Those a release frees, named by what they are held as, starting at token t:
  // 0 for none, 1 for prisoners ("prisoners", "معتقلين"), 2 for political ones
  // ("political prisoners", "سجناء الرأي").
  int CaptivesAt(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(political_captive_, tokens, t) ? 2 : StartsAt(captive_, tokens, t) ? 1 : 0;
  }
  // How many tokens a word of where captives are held takes at token t ("لدى", "في
  // سجن"); 0 when none: the holder, or its prison's state, is named after it.
  size_t HeldAtLength(const std::vector<Token>& tokens, size_t t) const {
    return LengthAt(held_at_, tokens, t);
  }
  // A noun a nationality qualifies that names people or their homes ("teenager",
  // "شابا", "منازل"), or a military site ("positions", "القواعد"), at token t.
  bool IsPeopleNoun(const std::vector<Token>& tokens, size_t t) const { return StartsAt(people_noun_, tokens, t); }
  bool IsMilitarySite(const std::vector<Token>& tokens, size_t t) const { return StartsAt(military_site_, tokens, t); }
  // A word for one's counterpart ("counterpart", "نظيره", "ونظيرتها") at token t: one
  // who holds the same office in another state.
  bool IsCounterpart(const std::vector<Token>& tokens, size_t t) const { return StartsAt(counterpart_, tokens, t); }
  // A role told as the ground of a sanction or a sentence ("for their role in", "لدورهم
  // في") that ends right before token t.
  bool RoleBefore(const std::vector<Token>& tokens, size_t t) const { return AnyEndsAt(role_, tokens, t, 1); }
  // Belonging to a group or a side ("belonging to", "انتمائهم إلى", "تابعة ل") at token t:
  // what a suspicion says of who one is, not of an act.
  bool IsBelonging(const std::vector<Token>& tokens, size_t t) const { return StartsAt(belonging_, tokens, t); }
  // Marks in *at every token a suspicion ("suspected of", "on suspicion of", "للاشتباه
  // في") ends right before, unless a belonging starts there: where an act told as a
  // suspicion, alleged rather than told as done, begins. One match per token.
  void MarkSuspicions(const std::vector<Token>& tokens, std::vector<bool>* at) const;
  // A verb of giving whose indirect object receives the noun of an act after it
  // ("gave", "handed"), at token t.
  bool IsRecipientVerb(const std::vector<Token>& tokens, size_t t) const { return StartsAt(recipient_, tokens, t); }
  // A blessing after a ruler's titles ("حفظه الله") at token t.
  PhraseMatch HonorificAt(const std::vector<Token>& tokens, size_t t) const {
    return honorific_ && t < tokens.size() ? honorific_->MatchAt(tokens, t) : PhraseMatch{};
  }
  // A ruler's style before his name ("صاحب السمو الشيخ", "فخامة") at token t: how many
  // tokens it takes, 0 when there is none.
  size_t StyleAt(const std::vector<Token>& tokens, size_t t) const { return LengthAt(style_, tokens, t); }
  // A natural disaster's name at token t ("floods", "الزلزال"): what it kills or sweeps
  // over is no one's act.
  bool IsDisaster(const std::vector<Token>& tokens, size_t t) const { return StartsAt(disaster_, tokens, t); }
  // Those a disaster struck, named for whom aid is sent ("للمتضررين", "المنكوبين") at t.
  bool IsAffected(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(affected_, tokens, t);
  }
  // At least how many the count ending right before token t gives ("more than 11,000
  // Haitian migrants" 11000, "مئتي ألف لاجئ" 30000, "hundreds of civilians" 30); 0
  // when none. Words of kind "scores" count as thirty ("hundreds", "مئات", "عشرين"),
  // "thousand" and "million" multiply what stands before them.
  double CountBefore(const std::vector<Token>& tokens, size_t t) const;
  // How many tokens the count starting at token t takes, with the "من" / "of" that
  // joins it to what is counted ("عشرات الآلاف من" 3, "hundreds of" 2); 0 when none.
  size_t CountLength(const std::vector<Token>& tokens, size_t t) const;
  // A word for a peacekeeping or protection mission ("peacekeeping", "بعثة") at token t.
  bool IsMission(const std::vector<Token>& tokens, size_t t) const { return StartsAt(mission_, tokens, t); }
  // "former", "سابق": an office its holder no longer holds.
  bool IsFormer(const std::vector<Token>& tokens, size_t t) const { return StartsAt(former_, tokens, t); }
  // The same word ending right before token t ("former", "ex -").
  bool FormerBefore(const std::vector<Token>& tokens, size_t t) const { return AnyEndsAt(former_, tokens, t, 1); }
  bool ActBefore(const std::vector<Token>& tokens, size_t t) const;
  // A verb of carrying out whose object is a noun for an act ("شنت ... الغارات",
  // "نفذ هجوما") at token t: its subject is the act's agent.
  bool IsLaunch(const std::vector<Token>& tokens, size_t t) const;
  // An Arabic verb of handing over ("سلمت") at token t: its subject gives the note named
  // later in the clause to the actor named right after that subject.
  bool IsHand(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(hand_, tokens, t);
  }
  // Words for leaving the country at token t ("لمغادرة البلاد"): a deadline given for it
  // is the expulsion itself.
  bool IsLeaveCountry(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(leave_country_, tokens, t);
  }
  // A preposition of the channel an act goes through ("via", "عبر") ending right
  // before token t: the actor after it is a means, not the target.
  bool ChannelBefore(const std::vector<Token>& tokens, size_t t) const;
  // A verb whose subject is where an act took place ("التي شهدتها كوالالمبور", "that
  // the capital saw") at token t: no agent of the act.
  bool IsScene(const std::vector<Token>& tokens, size_t t) const { return StartsAt(scene_, tokens, t); }
  // A place at a border ("near the border with", "قرب الحدود مع") ending right before
  // token t: the state after it names where the border runs, not a side of a clash there.
  bool BorderBefore(const std::vector<Token>& tokens, size_t t) const { return AnyEndsAt(border_, tokens, t, 1); }
  // A crossing's border right before token t ("الحدودي مع", "border crossing with"): the
  // state at t is where a protest blocks it.
  bool CrossingBefore(const std::vector<Token>& tokens, size_t t) const { return AnyEndsAt(crossing_, tokens, t, 1); }
  // A verb of ordering at token t ("ordered", "told"): what its object is told to do "to"
  // after it is done at the orderer's behest.
  bool IsDirective(const std::vector<Token>& tokens, size_t t) const { return StartsAt(directive_, tokens, t); }
  // A verb of ordering ending right before token t ("، ووجّه سموه بإرسال").
  bool DirectiveBefore(const std::vector<Token>& tokens, size_t t) const {
    return AnyEndsAt(directive_, tokens, t, 1);
  }
  // A word at token t naming corruption, in the name of a body that fights it ("Anti-
  // Corruption Bureau", "هيئة مكافحة الفساد"): what it investigates is a crime.
  bool IsGraft(const std::vector<Token>& tokens, size_t t) const { return StartsAt(graft_, tokens, t); }
  // A word at token t naming where people live or trade ("homes", "market stalls",
  // "المنازل", "الأكشاك"): destroying them harms the people who own them.
  bool IsDwelling(const std::vector<Token>& tokens, size_t t) const { return StartsAt(dwelling_, tokens, t); }
  // A right or title a state may grant its people at token t ("citizenship", "land
  // titles", "الجنسية", "سندات ملكية", "حقوق"): a pledge to grant one is of rights (0343).
  bool IsGrantedRight(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(granted_right_, tokens, t);
  }
  // A charge of corruption at token t ("kickbacks", "embezzling", "بتلقي رشى", "باختلاس"):
  // an accusation of it is one of corruption (1121).
  bool IsGraftCharge(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(graft_charge_, tokens, t);
  }
  // A word in -ing that is no participle taking an object: "during", "including" (kind
  // not_participle).
  bool IsNotParticiple(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(not_participle_, tokens, t);
  }
  // A verb at token t by which one act makes an actor do the next ("prompting Paris to
  // summon", "ما دفع الحكومة إلى"; kind prompting): what follows is done, not asked for.
  bool IsPrompting(const std::vector<Token>& tokens, size_t t) const { return StartsAt(prompting_, tokens, t); }
  // A word at token t before the noun of an act that tells the act as what came first
  // and led to what was told ("protests after the killing of", "إثر مقتل"; kind in_wake).
  bool IsInWake(const std::vector<Token>& tokens, size_t t) const { return StartsAt(in_wake_, tokens, t); }
  // A word at token t for the guest a reception received, joined to its host ("وشهد
  // سموه والضيف التوقيع"; kind guest).
  bool IsGuest(const std::vector<Token>& tokens, size_t t) const { return StartsAt(guest_, tokens, t); }
  // A bare verb of handing over ("handed over", "handed") at token t: as a trigger it is
  // military aid only when its object names materiel.
  bool IsHanding(const std::vector<Token>& tokens, size_t t) const { return StartsAt(handing_, tokens, t); }
  // A word that names someone as sought by the law ("wanted", "fugitive", "suspected"),
  // at token t: whom a state hands over to another as such is judicial cooperation.
  bool IsWanted(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(wanted_, tokens, t);
  }
  // The length of a word for an aid body named by what it is ("charity", "aid group")
  // starting at token t, 0 if none: a body the lexicon does not name.
  size_t AidBodyAt(const std::vector<Token>& tokens, size_t t) const {
    return LengthAt(aid_body_, tokens, t);
  }
  // A word for equipment of armed forces or police ("vehicles", "radars", "drones") at t.
  bool IsMateriel(const std::vector<Token>& tokens, size_t t) const { return StartsAt(materiel_, tokens, t); }
  // A word for illicit drugs ("cocaine", "الكوكايين") at token t: whom police arrest with
  // them are criminals, and what is seized with them is confiscated from them.
  bool IsDrug(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(drug_, tokens, t);
  }
  // A ransom ("ransom", "فدية") at token t: men named bare by their arms who ask one are
  // criminals.
  bool IsRansom(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(ransom_, tokens, t);
  }
  // A man of office named bare ("leader", "mayor") at token t: a person, no body.
  bool IsOfficeHolder(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(office_holder_, tokens, t);
  }
  // A preposition carrying a verb's object as a pronoun ("عليهم") at token t: the verb's
  // subject comes after it.
  bool IsOnPronoun(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(on_pronoun_, tokens, t);
  }
  // A word for the people of a body ("its leaders", "their members") at token t.
  bool IsBodyMembers(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(body_members_, tokens, t);
  }
  // A word for men who bear arms that the lexicon leaves to a nationality ("settlers",
  // "fighters") at token t: force by them is no figure of speech.
  bool IsArmedMen(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(armed_men_, tokens, t);
  }
  // A verb of carrying people off ("trucked", "bused") at token t: those arrested and
  // driven over a border are expelled.
  bool IsDriving(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(driving_, tokens, t);
  }
  // A verb of a call one side placed ("telephoned") at token t: that side's act alone.
  bool IsPlacedCall(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(placed_call_, tokens, t);
  }
  // A word that links a name to a forebear or family ("بن", "آل") at token t.
  bool IsNameLink(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(name_link_, tokens, t);
  }
  // A word that stands in for a side ("ممثلي", "وأحزاب", "وآخر") at token t: the side is
  // named after it.
  bool IsStandIn(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(stand_in_, tokens, t);
  }
  // "But" with a pronoun ("لكنها") at token t: the dropped subject after it is the
  // sentence's subject.
  bool IsButPronoun(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(but_pronoun_, tokens, t);
  }
  // "Without" and أن ("من دون أن") ending right before token t: the verb there goes on
  // from the act before it, denied.
  bool WithoutBefore(const std::vector<Token>& tokens, size_t t) const {
    return AnyEndsAt(without_, tokens, t, 1);
  }
  // A verb of exchange ("تبادلت") at token t: its act may follow a long compound subject.
  bool IsExchange(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(exchange_, tokens, t);
  }
  // A word for goods crossing a border ("imports", "استيراد") at token t: a ban on them
  // lifted eases an economic sanction.
  bool IsTrade(const std::vector<Token>& tokens, size_t t) const { return StartsAt(trade_, tokens, t); }
  // A word at token t saying a group named is two of a kind ("two", "rival", "warring",
  // "عشيرتين", "متناحرتين").
  bool IsPair(const std::vector<Token>& tokens, size_t t) const { return StartsAt(pair_, tokens, t); }
  // Leaving one's home, starting at token t ("leave their homes", "مغادرة منازلهم"): what
  // people coerced to do it are made to do is to be driven out (201).
  bool IsUprooting(const std::vector<Token>& tokens, size_t t) const { return StartsAt(uprooting_, tokens, t); }
  // A noun of complaint at token t ("complaints", "شكاوى"): an investigation into it is
  // aimed at whom the complainants accuse.
  bool IsComplaint(const std::vector<Token>& tokens, size_t t) const { return StartsAt(complaint_, tokens, t); }
  // A noun for what was just told at token t ("the incident", "الواقعة", "الادعاءات"): an
  // investigation into it is into the agent of the act told.
  bool IsIncident(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(incident_, tokens, t);
  }
  // A word for soldiers of no rank at token t ("soldiers", "جنود"): having served makes
  // them no political elite, as a former minister or commander is.
  bool IsRankAndFile(const std::vector<Token>& tokens, size_t t) const { return StartsAt(rank_and_file_, tokens, t); }
  // Where a negation ending right before token t starts ("and [did not] detain"), or t.
  size_t NegationStart(const std::vector<Token>& tokens, size_t t) const { return PhraseBefore(negation_, tokens, t); }
  // Where a phrase naming a backer ("backed by", "المدعومة من") that ends right before
  // token t starts, or t when none does: the actor after it describes the one before.
  size_t BackerBefore(const std::vector<Token>& tokens, size_t t) const { return PhraseBefore(backer_, tokens, t); }
  // The same for a phrase that says who bare armed men are ("believed to be from",
  // "يعتقد أنهم من"): the group named after it is theirs.
  size_t IdentityBefore(const std::vector<Token>& tokens, size_t t) const { return PhraseBefore(identity_, tokens, t); }
  // The same for a phrase that says whose bare aircraft or units are ("belonging to",
  // "تابعة"): a force named with its state after it is theirs.
  size_t OwnedBefore(const std::vector<Token>& tokens, size_t t) const { return PhraseBefore(owned_, tokens, t); }
  // How many tokens such a phrase takes at token t ("owned by", "تعود إلى", "يملكها"),
  // 0 when none: what is seized before it was taken from the actor after it.
  size_t OwnedLength(const std::vector<Token>& tokens, size_t t) const { return LengthAt(owned_, tokens, t); }
  // The same for a phrase naming an envoy's brief ("لشؤون" in "المبعوث الصيني الخاص
  // لشؤون ميانمار"): the state after it is part of the title.
  size_t PortfolioBefore(const std::vector<Token>& tokens, size_t t) const {
    return PhraseBefore(portfolio_, tokens, t);
  }
  // Does a phrase of a visit's frame ("في مستهل", "في ختام") end right before the
  // visit's noun at token t? The visit is the main clause's subject's.
  bool IsVisitFrame(const std::vector<Token>& tokens, size_t t) const {
    return PhraseBefore(visit_frame_, tokens, t) < t;
  }
  // A word for monitors, experts or inspectors a body sends ("خبراء", "مراقبين") at
  // token t: ordered out, they are its observers withdrawn (1662).
  bool IsMonitors(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(monitors_, tokens, t);
  }
  // A word for a political freedom a ban may curb ("المسيرات", "صحيفة") at token t.
  bool IsFreedom(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(freedom_, tokens, t);
  }
  // A noun of a meeting that names its venue in the word after it ("مفاوضات الدوحة",
  // "قمة الرياض"): a capital there is the place, not a party.
  bool IsVenueNoun(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(venue_, tokens, t);
  }
  // Does a phrase of the building where someone receives or meets ("في مقر", "بديوان
  // عام") end right before token t, or one word before it? The body named there is
  // the place, not a guest.
  bool HeldInBefore(const std::vector<Token>& tokens, size_t t) const {
    return PhraseBefore(held_in_, tokens, t) < t ||
           (t > 0 && PhraseBefore(held_in_, tokens, t - 1) < t - 1);
  }
  // The word that closes a protest's calling in a trigger ("مسيرة دعت إليها", a march
  // called "to" by) at token t: the side named right after it called the protest.
  bool IsCalledBy(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(called_by_, tokens, t);
  }
  // A word for the sidelines of a gathering ("sidelines", "هامش") at token t: the
  // gathering named after it is where its sides met, not one of them.
  bool IsSidelines(const std::vector<Token>& tokens, size_t t) const { return StartsAt(sidelines_, tokens, t); }
  // Words that open one more of a thing told before ("a second", "another", "more") at
  // token t: "a third vessel could follow" is the act told before, once more, to come.
  bool IsSequel(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(sequel_, tokens, t);
  }
  // A verb one more of a thing is given or done by ("delivered", "sent", "added") at t.
  bool IsSequelVerb(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(sequel_verb_, tokens, t);
  }
  // A verb of aid under way ("leave", "sail", "be flown in", "dispatch") at token t: said
  // in the future, it answers an appeal for aid (answered_appeals.h).
  bool IsUnderWay(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(under_way_, tokens, t);
  }
  // How many tokens a phrase that opens whom a report is told by ("according to",
  // "بحسب", "نقلا عن", "نشرته") takes at token t; 0 when none. An actor named after it
  // tells the news, it takes no part in it.
  size_t AttributionLength(const std::vector<Token>& tokens, size_t t) const {
    return LengthAt(attribution_, tokens, t);
  }
  // The laying of a ban told after its lifting ("الذي فرضته", "كانت قد أوقفتها") at
  // token t (lifted_bans.h).
  bool IsImposedBefore(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(imposed_before_, tokens, t);
  }
  // How many tokens a demand's noun and "by" or "from" take at token t ("a demand by",
  // "calls from"); 0 when none. The side named right after made the demand
  // (rejected_demands.h).
  size_t DemandByLength(const std::vector<Token>& tokens, size_t t) const {
    return LengthAt(demand_by_, tokens, t);
  }
  // Words saying one whose fall was demanded stays ("would serve out his term", "retained
  // his full confidence") at token t (rejected_demands.h).
  bool IsKeptInOffice(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(kept_in_office_, tokens, t);
  }
  // A word that opens the answer to a demand ("but", "غير أن", "فردّ") at token t: how
  // many tokens it takes, 0 when none (rejected_demands.h).
  size_t RebuttalLength(const std::vector<Token>& tokens, size_t t) const {
    return LengthAt(rebuttal_, tokens, t);
  }
  // What is kept of a restriction after its easing ("لكنها أبقت على", "but kept") at
  // token t (lifted_bans.h).
  bool IsKept(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(kept_, tokens, t);
  }
  // Where a verb of describing an act at token t ends ("وصفت الخارجية الجورجية القرار"),
  // the token after its pattern; 0 when none starts there (described_acts.h).
  size_t DescribedActEnd(const std::vector<Token>& tokens, size_t t) const {
    const size_t n = LengthAt(described_act_, tokens, t);
    return n ? t + n : 0;
  }
  // A word that praises what is described ("إيجابية", "إنسانية") at token t.
  bool IsPraise(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(praise_, tokens, t);
  }
  // A frame that calls an act the largest or first of its kind ("في أكبر عملية") ending
  // right before token t: the act after it is the one just told.
  bool SuperlativeBefore(const std::vector<Token>& tokens, size_t t) const {
    return AnyEndsAt(superlative_, tokens, t, 1);
  }
  // A verb of sending goods ("send", "deliver") at token t: after "to", the goods listed
  // after it are what an appeal or an offer asks for or holds out.
  bool IsSending(const std::vector<Token>& tokens, size_t t) const {
    return StartsAt(sending_, tokens, t);
  }
  // A noun of intention ("its intention to", "عزمها") ending within three tokens before
  // token t: the act after it is announced, not done.
  bool IntentBefore(const std::vector<Token>& tokens, size_t t) const { return AnyEndsAt(intent_, tokens, t, 3); }
  // A word of the future ("will", "سوف") ending within three tokens before token t.
  bool FutureBefore(const std::vector<Token>& tokens, size_t t) const { return AnyEndsAt(future_, tokens, t, 3); }
  // A possessive determiner ("his", "its", "their") at token t.
  bool IsPossessive(const std::vector<Token>& tokens, size_t t) const;
  // Someone's home named with its owner's pronoun ("his home", "منزله") at token t.
  bool IsHome(const std::vector<Token>& tokens, size_t t) const { return StartsAt(home_, tokens, t); }
  // "In turn" ("في المقابل", "بدورها", "for its part") at token t: the actor right before
  // it is a new subject.
  bool IsInTurn(const std::vector<Token>& tokens, size_t t) const { return StartsAt(in_turn_, tokens, t); }
  // The mode of the trigger starting at token t; future_prefix from Arabic س;
  // joined_by_wa when the trigger word itself carries the conjunction و.
  Mode ModeOf(const std::vector<Token>& tokens, size_t t, bool future_prefix,
              bool joined_by_wa = false) const;
  // A word that opens a condition ("if", "إذا") at token t.
  bool IsConditional(const std::vector<Token>& tokens, size_t t) const {
    return conditional_ && conditional_->MatchAt(tokens, t).found();
  }
  // Whether a conditional before token t governs it ("if they attacked"): to the end of
  // the sentence, save past an English participle after a comma.
  bool ConditionBefore(const std::vector<Token>& tokens, size_t t) const;
  // An English participle at token t right after a comma (", accusing them of", ",
  // detaining 30").
  static bool CommaParticiple(const std::vector<Token>& tokens, size_t t) {
    return t > 0 && t < tokens.size() && IsComma(tokens[t - 1]) && tokens[t].norm.ends_with("ing");
  }
  // Such a participle that is the subject's next act (", accusing the Indian government
  // of"); not ", during", which tells a time.
  static bool NextActParticiple(const std::vector<Token>& tokens, size_t t) {
    return CommaParticiple(tokens, t) && tokens[t].norm != "during";
  }
  // "will negotiate if the attacks stop": a conditional soon after the trigger, in its
  // clause.
  bool ConditionAfter(const std::vector<Token>& tokens, size_t t) const;
  // For historical mode: the document year (0 when unknown).
  void set_document_year(int y) { doc_year_ = y; }
  const std::string& lang() const { return lang_; }

  // "said it would send": a reported future, a verb of saying shortly before the word.
  bool ReportedFuture(const std::vector<Token>& tokens, size_t t) const;

 private:
  bool PerfectParticle(const std::vector<Token>& tokens, size_t t) const;
  bool InOtherRelativeClause(const std::vector<Token>& tokens, size_t k, size_t t) const;
  bool FutureInClause(const std::vector<Token>& tokens, size_t t) const;
  // A negation ending within four tokens before t.
  bool NegationBefore(const std::vector<Token>& tokens, size_t t) const;
  bool AnyEndsAt(const PhraseIndex* idx, const std::vector<Token>& tokens, size_t end, size_t window) const;
  // Whether a phrase of idx (which may be absent) starts at token t.
  static bool StartsAt(const PhraseIndex* idx, const std::vector<Token>& tokens, size_t t);
  // How many tokens the phrase of idx starting at token t takes; 0 when none does.
  static size_t LengthAt(const PhraseIndex* idx, const std::vector<Token>& tokens, size_t t);
  // The member that holds a kind of grammar word; nullptr for a kind not used here.
  using IndexMember = const PhraseIndex* ModeWords::*;
  static const IndexMember* MemberFor(std::string_view kind);
  // Where a phrase of idx ending right before token t starts, or t when none does.
  static size_t PhraseBefore(const PhraseIndex* idx, const std::vector<Token>& tokens, size_t t);

  // The index of each kind of grammar word; nullptr when the language has none.
  const PhraseIndex *negation_ = nullptr, *hypothetical_ = nullptr, *future_ = nullptr,
                    *passive_ = nullptr, *agent_ = nullptr, *boundary_ = nullptr,
                    *possessive_ = nullptr, *report_ = nullptr, *conditional_ = nullptr,
                    *relative_ = nullptr, *locative_ = nullptr, *connector_ = nullptr,
                    *against_ = nullptr, *preposition_ = nullptr, *between_ = nullptr,
                    *pronoun_ = nullptr, *inverse_ = nullptr, *giver_ = nullptr, *charge_ = nullptr,
                    *allegation_ = nullptr, *reciprocal_ = nullptr, *witness_ = nullptr,
                    *blame_ = nullptr, *crossing_ = nullptr, *directive_ = nullptr,
                    *graft_ = nullptr, *dwelling_ = nullptr, *granted_right_ = nullptr,
                    *graft_charge_ = nullptr, *not_participle_ = nullptr, *prompting_ = nullptr,
                    *in_wake_ = nullptr, *guest_ = nullptr, *handing_ = nullptr,
                    *materiel_ = nullptr, *drug_ = nullptr, *ransom_ = nullptr,
                    *office_holder_ = nullptr, *on_pronoun_ = nullptr, *body_members_ = nullptr,
                    *armed_men_ = nullptr, *driving_ = nullptr, *placed_call_ = nullptr,
                    *exchange_ = nullptr, *but_pronoun_ = nullptr, *stand_in_ = nullptr,
                    *name_link_ = nullptr, *trade_ = nullptr, *pair_ = nullptr,
                    *uprooting_ = nullptr, *complaint_ = nullptr, *incident_ = nullptr,
                    *rank_and_file_ = nullptr, *joint_ = nullptr, *premises_ = nullptr,
                    *pressing_ = nullptr, *future_time_ = nullptr, *reported_future_ = nullptr,
                    *intent_ = nullptr, *purpose_ = nullptr, *result_ = nullptr,
                    *despite_ = nullptr, *remembered_ = nullptr, *air_ = nullptr,
                    *reason_ = nullptr, *describe_ = nullptr, *member_ = nullptr, *group_ = nullptr,
                    *participle_ = nullptr, *ordered_ = nullptr, *channel_ = nullptr,
                    *count_ = nullptr, *scores_ = nullptr, *thousand_ = nullptr,
                    *million_ = nullptr, *disaster_ = nullptr, *affected_ = nullptr,
                    *honorific_ = nullptr, *style_ = nullptr, *performed_ = nullptr,
                    *act_ = nullptr, *launch_ = nullptr, *hand_ = nullptr,
                    *leave_country_ = nullptr, *artillery_ = nullptr, *munition_ = nullptr,
                    *small_arms_ = nullptr, *game_ = nullptr, *gap_break_ = nullptr,
                    *day_opener_ = nullptr, *day_part_ = nullptr, *elapsed_ = nullptr,
                    *ago_ = nullptr, *mass_ = nullptr, *mission_ = nullptr, *when_ = nullptr,
                    *answer_ = nullptr, *direction_ = nullptr, *former_ = nullptr, *home_ = nullptr,
                    *in_turn_ = nullptr, *captive_ = nullptr, *political_captive_ = nullptr,
                    *people_noun_ = nullptr, *military_site_ = nullptr, *counterpart_ = nullptr,
                    *role_ = nullptr, *recipient_ = nullptr, *border_ = nullptr, *scene_ = nullptr,
                    *backer_ = nullptr, *identity_ = nullptr, *owned_ = nullptr, *venue_ = nullptr,
                    *held_in_ = nullptr, *held_at_ = nullptr, *visit_frame_ = nullptr,
                    *monitors_ = nullptr, *freedom_ = nullptr, *portfolio_ = nullptr,
                    *sidelines_ = nullptr, *sequel_ = nullptr, *sending_ = nullptr,
                    *suspicion_ = nullptr, *belonging_ = nullptr, *dates_other_ = nullptr,
                    *wanted_ = nullptr, *aid_body_ = nullptr, *called_by_ = nullptr,
                    *means_ = nullptr, *under_way_ = nullptr, *sequel_verb_ = nullptr,
                    *attribution_ = nullptr, *imposed_before_ = nullptr, *kept_ = nullptr,
                    *superlative_ = nullptr, *described_act_ = nullptr, *praise_ = nullptr,
                    *demand_by_ = nullptr, *kept_in_office_ = nullptr, *without_ = nullptr,
                    *rebuttal_ = nullptr;
  std::string lang_;
  int doc_year_ = 0;
};

}  // namespace dyad

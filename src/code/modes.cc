#include "code/modes.h"

#include <cstdlib>

#include "core/literal.h"
#include "core/word_set.h"
#include "recognize/dates.h"

namespace dyad {

using namespace std::string_view_literals;

ModeWords::ModeWords(const GrammarWords& g, const std::string& lang) : lang_(lang) {
  // One pass over the language's kinds, each index to the member that asks about it:
  // the coder builds a ModeWords per sentence, and a lookup per kind cost more.
  if (const auto* kinds = g.Kinds(lang))
    for (const auto& [kind, index] : *kinds)
      if (const IndexMember* member = MemberFor(kind)) this->*(*member) = index.get();
}

// The member that holds each kind of grammar word (the kinds of grammar.<lang>.tsv).
const ModeWords::IndexMember* ModeWords::MemberFor(std::string_view kind) {
  static const WordMap<IndexMember> k = [] {
    WordMap<IndexMember> m;
    m.set("negation", &ModeWords::negation_);
    m.set("hypothetical", &ModeWords::hypothetical_);
    m.set("future", &ModeWords::future_);
    m.set("passive", &ModeWords::passive_);
    m.set("agent", &ModeWords::agent_);
    m.set("boundary", &ModeWords::boundary_);
    m.set("possessive", &ModeWords::possessive_);
    m.set("report", &ModeWords::report_);
    m.set("conditional", &ModeWords::conditional_);
    m.set("relative", &ModeWords::relative_);
    m.set("locative", &ModeWords::locative_);
    m.set("and", &ModeWords::connector_);
    m.set("against", &ModeWords::against_);
    m.set("preposition", &ModeWords::preposition_);
    m.set("between", &ModeWords::between_);
    m.set("pronoun", &ModeWords::pronoun_);
    m.set("inverse", &ModeWords::inverse_);
    m.set("giver", &ModeWords::giver_);
    m.set("charge", &ModeWords::charge_);
    m.set("allegation", &ModeWords::allegation_);
    m.set("reciprocal", &ModeWords::reciprocal_);
    m.set("witness", &ModeWords::witness_);
    m.set("blame", &ModeWords::blame_);
    m.set("crossing", &ModeWords::crossing_);
    m.set("directive", &ModeWords::directive_);
    m.set("graft", &ModeWords::graft_);
    m.set("dwelling", &ModeWords::dwelling_);
    m.set("granted_right", &ModeWords::granted_right_);
    m.set("graft_charge", &ModeWords::graft_charge_);
    m.set("not_participle", &ModeWords::not_participle_);
    m.set("prompting", &ModeWords::prompting_);
    m.set("in_wake", &ModeWords::in_wake_);
    m.set("guest", &ModeWords::guest_);
    m.set("handing", &ModeWords::handing_);
    m.set("materiel", &ModeWords::materiel_);
    m.set("drug", &ModeWords::drug_);
    m.set("ransom", &ModeWords::ransom_);
    m.set("office_holder", &ModeWords::office_holder_);
    m.set("on_pronoun", &ModeWords::on_pronoun_);
    m.set("body_members", &ModeWords::body_members_);
    m.set("armed_men", &ModeWords::armed_men_);
    m.set("driving", &ModeWords::driving_);
    m.set("placed_call", &ModeWords::placed_call_);
    m.set("exchange", &ModeWords::exchange_);
    m.set("but_pronoun", &ModeWords::but_pronoun_);
    m.set("without", &ModeWords::without_);
    m.set("stand_in", &ModeWords::stand_in_);
    m.set("name_link", &ModeWords::name_link_);
    m.set("trade", &ModeWords::trade_);
    m.set("pair", &ModeWords::pair_);
    m.set("uprooting", &ModeWords::uprooting_);
    m.set("complaint", &ModeWords::complaint_);
    m.set("incident", &ModeWords::incident_);
    m.set("rank_and_file", &ModeWords::rank_and_file_);
    m.set("joint", &ModeWords::joint_);
    m.set("premises", &ModeWords::premises_);
    m.set("pressing", &ModeWords::pressing_);
    m.set("future_time", &ModeWords::future_time_);
    m.set("reported_future", &ModeWords::reported_future_);
    m.set("intent", &ModeWords::intent_);
    m.set("purpose", &ModeWords::purpose_);
    m.set("result", &ModeWords::result_);
    m.set("despite", &ModeWords::despite_);
    m.set("remembered", &ModeWords::remembered_);
    m.set("air", &ModeWords::air_);
    m.set("reason", &ModeWords::reason_);
    m.set("describe", &ModeWords::describe_);
    m.set("member", &ModeWords::member_);
    m.set("group", &ModeWords::group_);
    m.set("participle", &ModeWords::participle_);
    m.set("ordered", &ModeWords::ordered_);
    m.set("channel", &ModeWords::channel_);
    m.set("count", &ModeWords::count_);
    m.set("scores", &ModeWords::scores_);
    m.set("thousand", &ModeWords::thousand_);
    m.set("million", &ModeWords::million_);
    m.set("disaster", &ModeWords::disaster_);
    m.set("affected", &ModeWords::affected_);
    m.set("honorific", &ModeWords::honorific_);
    m.set("style", &ModeWords::style_);
    m.set("performed", &ModeWords::performed_);
    m.set("act", &ModeWords::act_);
    m.set("launch", &ModeWords::launch_);
    m.set("hand", &ModeWords::hand_);
    m.set("leave_country", &ModeWords::leave_country_);
    m.set("artillery", &ModeWords::artillery_);
    m.set("munition", &ModeWords::munition_);
    m.set("small_arms", &ModeWords::small_arms_);
    m.set("game", &ModeWords::game_);
    m.set("gap_break", &ModeWords::gap_break_);
    m.set("day_opener", &ModeWords::day_opener_);
    m.set("day_part", &ModeWords::day_part_);
    m.set("elapsed", &ModeWords::elapsed_);
    m.set("ago", &ModeWords::ago_);
    m.set("mass", &ModeWords::mass_);
    m.set("mission", &ModeWords::mission_);
    m.set("when", &ModeWords::when_);
    m.set("former", &ModeWords::former_);
    m.set("home", &ModeWords::home_);
    m.set("in_turn", &ModeWords::in_turn_);
    m.set("answer", &ModeWords::answer_);
    m.set("direction", &ModeWords::direction_);
    m.set("captive", &ModeWords::captive_);
    m.set("wanted", &ModeWords::wanted_);
    m.set("aid_body", &ModeWords::aid_body_);
    m.set("called_by", &ModeWords::called_by_);
    m.set("political_captive", &ModeWords::political_captive_);
    m.set("people_noun", &ModeWords::people_noun_);
    m.set("military_site", &ModeWords::military_site_);
    m.set("counterpart", &ModeWords::counterpart_);
    m.set("role", &ModeWords::role_);
    m.set("suspicion", &ModeWords::suspicion_);
    m.set("belonging", &ModeWords::belonging_);
    m.set("dates_other", &ModeWords::dates_other_);
    m.set("recipient", &ModeWords::recipient_);
    m.set("border", &ModeWords::border_);
    m.set("scene", &ModeWords::scene_);
    m.set("backer", &ModeWords::backer_);
    m.set("identity", &ModeWords::identity_);
    m.set("owned", &ModeWords::owned_);
    m.set("venue", &ModeWords::venue_);
    m.set("held_in", &ModeWords::held_in_);
    m.set("held_at", &ModeWords::held_at_);
    m.set("means", &ModeWords::means_);
    m.set("under_way", &ModeWords::under_way_);
    m.set("attribution", &ModeWords::attribution_);
    m.set("imposed_before", &ModeWords::imposed_before_);
    m.set("kept", &ModeWords::kept_);
    m.set("demand_by", &ModeWords::demand_by_);
    m.set("kept_in_office", &ModeWords::kept_in_office_);
    m.set("rebuttal", &ModeWords::rebuttal_);
    m.set("superlative", &ModeWords::superlative_);
    m.set("described_act", &ModeWords::described_act_);
    m.set("praise", &ModeWords::praise_);
    m.set("visit_frame", &ModeWords::visit_frame_);
    m.set("monitors", &ModeWords::monitors_);
    m.set("freedom", &ModeWords::freedom_);
    m.set("sidelines", &ModeWords::sidelines_);
    m.set("portfolio", &ModeWords::portfolio_);
    m.set("sequel", &ModeWords::sequel_);
    m.set("sequel_verb", &ModeWords::sequel_verb_);
    m.set("sending", &ModeWords::sending_);
    return m;
  }();
  return k.find(kind);
}

bool ModeWords::IsBoundary(const std::vector<Token>& tokens, size_t t) const {
  const std::string& n = tokens[t].norm;
  if (!tokens[t].word && (n == ";"_lit || n == ":"_lit || n == "؛"_lit || n == "("_lit || n == ")"_lit ||
                          n == "\""_lit || n == "?"_lit || n == "!"_lit || n == "؟"_lit))
    return true;
  return StartsAt(boundary_, tokens, t);
}

// True when a phrase of idx ends within the window tokens before end.
bool ModeWords::StartsAt(const PhraseIndex* idx, const std::vector<Token>& tokens, size_t t) {
  return idx && t < tokens.size() && idx->MatchAt(tokens, t).found();
}

size_t ModeWords::LengthAt(const PhraseIndex* idx, const std::vector<Token>& tokens, size_t t) {
  if (!idx || t >= tokens.size()) return 0;
  const PhraseMatch m = idx->MatchAt(tokens, t);
  return m.found() ? m.end - t : 0;
}

void ModeWords::MarkSuspicions(const std::vector<Token>& tokens, std::vector<bool>* at) const {
  at->assign(tokens.size(), false);
  if (!suspicion_) return;
  for (size_t t = 0; t < tokens.size(); ++t)
    if (const PhraseMatch m = suspicion_->MatchAt(tokens, t); m.found() && m.end < tokens.size())
      (*at)[m.end] = (*at)[m.end] || !IsBelonging(tokens, m.end);
}

bool ModeWords::AnyEndsAt(const PhraseIndex* idx, const std::vector<Token>& tokens, size_t end,
                          size_t window) const {
  if (!idx) return false;
  // (A phrase of several words may start before the window: "under the terms of a".)
  constexpr size_t kLongerPhrase = 4;
  const size_t from = end > window + kLongerPhrase ? end - window - kLongerPhrase : 0;
  for (size_t t = from; t < end; ++t) {
    PhraseMatch m = idx->MatchAt(tokens, t);
    if (m.found() && m.end <= end && m.end + window > end) return true;
  }
  return false;
}

namespace {

// An English past participle: "arrested", "taken", "shown", "caught", or a common
// irregular one. "was ready to mediate" is not passive.
bool ParticipleShaped(const std::string& w) {
  static constexpr std::string_view kIrregular[] = {
      "hit",    "shot",    "struck", "held",   "met",    "set",    "put",    "cut",     "hurt",
      "shut",   "beat",    "led",    "fed",    "fled",   "bound",  "found",  "won",     "done",
      "seen",   "sold",    "told",   "slain",  "sent",   "spent",  "built",  "lost",    "left",
      "kept",   "brought", "bought", "caught", "fought", "sought", "taught", "thought", "hung",
      "struck", "stung",   "swept",  "wept",   "paid",   "laid",   "said"};
  for (std::string_view i : kIrregular)
    if (w == i) return true;
  // ("was open to talks": an adjective, though it ends like "taken".)
  if (w == "open"sv) return false;
  for (std::string_view end : {"ed"sv, "en"sv, "wn"sv, "ght"sv})
    if (w.size() > 3 && w.ends_with(end)) return true;
  return false;
}

}  // namespace

bool ModeWords::IsPassive(const std::vector<Token>& tokens, size_t t) const {
  if (!passive_) return false;
  // The trigger itself may open with the auxiliary (Arabic "تم اعتقال").
  if (passive_->MatchAt(tokens, t).found()) return true;
  // English "-ing" after "is/was" is progressive, not passive; "is set to sign",
  // "is expected to meet" are infinitives.
  if (tokens[t].norm.ends_with("ing")) return false;
  if (t > 0 && tokens[t - 1].norm == "to"_lit) return false;
  if (lang_ == "en"_lit && !ParticipleShaped(tokens[t].norm)) return false;
  // A participle right before its agent is passive without an auxiliary ("a deal
  // brokered by the Emirates", "the tanker seized by Iran").
  if (lang_ == "en"_lit && IsAgent(tokens, t + 1)) return true;
  // The auxiliary sits right before the participle, or one adverb away ("was
  // reportedly arrested", "has been detained").
  return AnyEndsAt(passive_, tokens, t, 2);
}

bool ModeWords::LooksLikeParticiple(const std::vector<Token>& tokens, size_t t) const {
  return lang_ == "en"_lit && t < tokens.size() && ParticipleShaped(tokens[t].norm);
}

bool ModeWords::IsReducedParticiple(const std::vector<Token>& tokens, size_t t) const {
  return lang_ == "en"_lit && IsPassive(tokens, t) && !(passive_ && passive_->MatchAt(tokens, t).found()) &&
         !AnyEndsAt(passive_, tokens, t, 2);
}

bool ModeWords::IsReport(const std::vector<Token>& tokens, size_t t) const { return StartsAt(report_, tokens, t); }

bool ModeWords::IsRelative(const std::vector<Token>& tokens, size_t t) const { return StartsAt(relative_, tokens, t); }

bool ModeWords::IsConnector(const std::vector<Token>& tokens, size_t t) const { return StartsAt(connector_, tokens, t); }

bool ModeWords::IsAgainst(const std::vector<Token>& tokens, size_t t) const { return StartsAt(against_, tokens, t); }

bool ModeWords::IsPreposition(const std::vector<Token>& tokens, size_t t) const { return StartsAt(preposition_, tokens, t); }

bool ModeWords::IsBetween(const std::vector<Token>& tokens, size_t t) const { return StartsAt(between_, tokens, t); }

bool ModeWords::IsPronoun(const std::vector<Token>& tokens, size_t t) const { return StartsAt(pronoun_, tokens, t); }

bool ModeWords::IsInverse(const std::vector<Token>& tokens, size_t t) const { return StartsAt(inverse_, tokens, t); }

size_t ModeWords::MemberBefore(const std::vector<Token>& tokens, size_t t) const {
  if (!member_) return t;
  // A word for the kind of group and an article may stand between ("fighters of the
  // Rapid Support Forces", "مسلحين من جماعة بوكو حرام").
  // (Or an opening quote: "مسلحون من "ولاية موزمبيق"".)
  size_t end = t;
  if (end > 0 && IsDoubleQuote(tokens[end - 1])) --end;
  if (end > 0 && StartsAt(group_, tokens, end - 1)) --end;
  if (end > 0 && (tokens[end - 1].norm == "the"_lit || tokens[end - 1].norm == "a"_lit || tokens[end - 1].norm == "an"_lit)) {
    --end;
  } else {
    // (Or a name the lexicon does not know, with the article: "gunmen of the Santa Rosa
    // de Lima cartel".)
    size_t named = end;
    while (named > 0 && named + 6 > end && tokens[named - 1].word &&
           (tokens[named - 1].capital || tokens[named - 1].norm == "de"_lit || tokens[named - 1].norm == "del"_lit))
      --named;
    if (named < end && named > 0 && tokens[named - 1].norm == "the"_lit)
      end = named - 1;
  }
  // (Up to seven words back: a faction's own name may stand in the phrase, "the
  // Comuneros del Sur faction of".)
  for (size_t j = end > 7 ? end - 7 : 0; j < end; ++j)
    if (member_->MatchAt(tokens, j).end == end) {
      // (Members of a splinter group: "fighters of a splinter faction of", "مسلحون من
      // جماعة منشقة عن"; one more phrase before.)
      for (size_t i = j > 5 ? j - 5 : 0; i < j; ++i)
        if (member_->MatchAt(tokens, i).end == j) return i;
      return j;
    }
  return t;
}

size_t ModeWords::PhraseBefore(const PhraseIndex* idx, const std::vector<Token>& tokens, size_t t) {
  if (!idx) return t;
  for (size_t j = t > 4 ? t - 4 : 0; j < t; ++j)
    if (idx->MatchAt(tokens, j).end == t) return j;
  return t;
}

bool ModeWords::IsBareParticiple(const std::vector<Token>& tokens, size_t t) const {
  return StartsAt(participle_, tokens, t);
}

bool ModeWords::OrderedBefore(const std::vector<Token>& tokens, size_t t) const {
  return AnyEndsAt(ordered_, tokens, t, 1);
}

bool ModeWords::IsCount(const std::vector<Token>& tokens, size_t t) const {
  if (t >= tokens.size()) return false;
  return IsNumeral(tokens[t].norm) || StartsAt(count_, tokens, t);
}

size_t ModeWords::CountLength(const std::vector<Token>& tokens, size_t t) const {
  size_t end = t;
  while (end < tokens.size()) {
    if (IsNumeral(tokens[end].norm)) {
      ++end;
      continue;
    }
    PhraseMatch m = count_ ? count_->MatchAt(tokens, end) : PhraseMatch{};
    if (!m.found() && thousand_) m = thousand_->MatchAt(tokens, end);
    if (!m.found()) break;
    end = m.end;
  }
  if (end > t && end < tokens.size() && (tokens[end].norm == "من"_lit || tokens[end].norm == "of"_lit)) ++end;
  return end - t;
}

double ModeWords::CountBefore(const std::vector<Token>& tokens, size_t t) const {
  // (The second of two nouns the count governs: "at least 38 traders and shoppers".)
  if (t >= 3 && (tokens[t - 1].norm == "and"_lit || tokens[t - 1].norm == "\u0648"_lit) && tokens[t - 2].word &&
      IsNumeral(tokens[t - 3].norm))
    return CountBefore(tokens, t - 2);
  double times = 1;
  // (Two words that qualify them may stand between: "at least 130 ethnic Fulani
  // civilians".)
  int qualifiers = 2;
  size_t next = t;  // the word a qualifier must stand right before
  for (size_t k = t; k-- > (t > 7 ? t - 7 : 0);) {
    const std::string& w = tokens[k].norm;
    if (IsNumeral(w)) {
      std::string digits;
      for (char c : w)
        if (c != ',') digits += c;
      return std::atof(digits.c_str()) * times;
    }
    // (Hundreds after a thousand add to it: "ألف ومئتي مهاجر", 1,200.)
    if (StartsAt(scores_, tokens, k) && !(k > 0 && StartsAt(thousand_, tokens, k - 1))) return 30 * times;
    if (StartsAt(thousand_, tokens, k)) {
      times *= 1000;
    } else if (StartsAt(million_, tokens, k)) {
      times *= 1000000;
    } else if (w == "\u0627\u0644\u0627\u0642\u0644"_lit && k > 0 && tokens[k - 1].norm == "\u0639\u0644\u064A"_lit &&
               k + 1 == next) {
      // (And "على الأقل" after the counted noun: "19 شخصاً على الأقل من سكان البلدة".)
      --k;
      next = k;
    } else if (w != "of"_lit && w != "من"_lit) {
      if (k > 0 && StartsAt(thousand_, tokens, k - 1)) continue;
      if (times > 1 || k + 1 != next || qualifiers == 0 || !tokens[k].word || w == "and"_lit || w == "or"_lit)
        break;
      --qualifiers;
      next = k;
    } else {
      // (A part of them: "أكثر من عشرين رجلاً من سكان القرية", "20 of the villagers".)
      next = k;
    }
  }
  return times > 1 ? times : 0;
}

bool ModeWords::IsPerformed(const std::vector<Token>& tokens, size_t t) const { return StartsAt(performed_, tokens, t); }

bool ModeWords::IsAct(const std::vector<Token>& tokens, size_t t) const { return StartsAt(act_, tokens, t); }

bool ModeWords::IsLaunch(const std::vector<Token>& tokens, size_t t) const {
  return StartsAt(launch_, tokens, t);
}

bool ModeWords::ActBefore(const std::vector<Token>& tokens, size_t t) const { return AnyEndsAt(act_, tokens, t, 2); }

bool ModeWords::ChannelBefore(const std::vector<Token>& tokens, size_t t) const {
  return AnyEndsAt(channel_, tokens, t, 2);
}

bool ModeWords::IsReciprocal(const std::vector<Token>& tokens, size_t t) const { return StartsAt(reciprocal_, tokens, t); }
bool ModeWords::IsWitness(const std::vector<Token>& tokens, size_t t) const { return StartsAt(witness_, tokens, t); }

bool ModeWords::IsJoint(const std::vector<Token>& tokens, size_t t) const { return StartsAt(joint_, tokens, t); }
bool ModeWords::IsPremises(const std::vector<Token>& tokens, size_t t) const {
  return StartsAt(premises_, tokens, t);
}
bool ModeWords::Stipulated(const std::vector<Token>& tokens, size_t t) {
  return t >= 3 && t < tokens.size() && tokens[t - 1].norm == "\u0627\u0646"_lit &&  // ان
         tokens[t - 2].norm == "\u0639\u0644\u064a"_lit && IsComma(tokens[t - 3]);   // علي
}

size_t ModeWords::PressingEnd(const std::vector<Token>& tokens, size_t t) const {
  const size_t n = LengthAt(pressing_, tokens, t);
  return n > 0 ? t + n : 0;
}

size_t ModeWords::BlameEnd(const std::vector<Token>& tokens, size_t t) const {
  const size_t n = LengthAt(blame_, tokens, t);
  return n > 0 ? t + n : 0;
}

bool ModeWords::PurposeBefore(const std::vector<Token>& tokens, size_t t) const {
  return AnyEndsAt(purpose_, tokens, t, 3);
}

bool ModeWords::ResultBefore(const std::vector<Token>& tokens, size_t t) const {
  return AnyEndsAt(result_, tokens, t, 3) || AnyEndsAt(despite_, tokens, t, 3);
}

bool ModeWords::DespiteBefore(const std::vector<Token>& tokens, size_t t) const {
  return AnyEndsAt(despite_, tokens, t, 1);
}

bool ModeWords::RememberedBefore(const std::vector<Token>& tokens, size_t t) const {
  return AnyEndsAt(remembered_, tokens, t, 1);
}

bool ModeWords::DescribedBefore(const std::vector<Token>& tokens, size_t t) const {
  return AnyEndsAt(describe_, tokens, t, 5);
}

bool ModeWords::IsReason(const std::vector<Token>& tokens, size_t t) const { return StartsAt(reason_, tokens, t); }
bool ModeWords::IsWhen(const std::vector<Token>& tokens, size_t t) const { return StartsAt(when_, tokens, t); }

bool ModeWords::IsAir(const std::vector<Token>& tokens, size_t t) const { return StartsAt(air_, tokens, t); }
bool ModeWords::IsArtillery(const std::vector<Token>& tokens, size_t t) const {
  return StartsAt(artillery_, tokens, t);
}
bool ModeWords::IsSmallArms(const std::vector<Token>& tokens, size_t t) const {
  return StartsAt(small_arms_, tokens, t);
}
bool ModeWords::IsGapBreak(const std::vector<Token>& tokens, size_t t) const {
  return StartsAt(gap_break_, tokens, t);
}

bool ModeWords::IsDayOpener(const std::vector<Token>& tokens, size_t t) const {
  return StartsAt(day_opener_, tokens, t);
}

bool ModeWords::IsDayPart(const std::vector<Token>& tokens, size_t t) const {
  return StartsAt(day_part_, tokens, t);
}
bool ModeWords::IsAnswer(const std::vector<Token>& tokens, size_t t) const { return StartsAt(answer_, tokens, t); }
bool ModeWords::IsDirection(const std::vector<Token>& tokens, size_t t) const {
  return StartsAt(direction_, tokens, t);
}
bool ModeWords::NamesGame(const std::vector<Token>& tokens, const std::vector<bool>& in_name) const {
  if (!game_) return false;
  // (Not inside a name: "the Arab League" plays no game.)
  for (size_t t = 0; t < tokens.size(); ++t)
    if (!(t < in_name.size() && in_name[t]) && StartsAt(game_, tokens, t)) return true;
  return false;
}

bool ModeWords::IsLocative(const std::vector<Token>& tokens, size_t t) const { return StartsAt(locative_, tokens, t); }

bool ModeWords::IsPossessive(const std::vector<Token>& tokens, size_t t) const { return StartsAt(possessive_, tokens, t); }

bool ModeWords::IsAgent(const std::vector<Token>& tokens, size_t t) const {
  return StartsAt(agent_, tokens, t) && !StartsAt(means_, tokens, t);
}

// Arabic قد before a past-tense verb marks the perfect ("had cancelled"), not a
// possibility; only before a present-tense verb (ي ت ن) does it mean "may".
bool ModeWords::PerfectParticle(const std::vector<Token>& tokens, size_t t) const {
  if (lang_ != "ar"_lit) return false;
  for (size_t k = t > 4 ? t - 4 : 0; k + 1 <= t; ++k) {
    if (tokens[k].norm != "قد"_lit && tokens[k].norm != "وقد"_lit && tokens[k].norm != "فقد"_lit)
      continue;
    const std::string& next = tokens[k + 1].norm;
    const bool present = next.starts_with("ي") || next.starts_with("ت") || next.starts_with("ن");
    if (present) return false;
    // Other hypothetical words in the window still count.
    for (size_t j = t > 4 ? t - 4 : 0; j < t; ++j)
      if (j != k && hypothetical_->MatchAt(tokens, j).found()) return false;
    return true;
  }
  return false;
}

// A future word elsewhere in the trigger's clause: an intention verb heading it
// ("يعتزم وزير الخارجية ... زيارة مسقط") or a time after the trigger ("visits Moscow next
// week", "الأسبوع المقبل"). The clause ends at boundary words and punctuation.
bool ModeWords::FutureInClause(const std::vector<Token>& tokens, size_t t) const {
  if (!future_) return false;
  constexpr size_t kBefore = 8, kAfter = 6;
  for (size_t k = t; k-- > (t > kBefore ? t - kBefore : 0);) {
    if (IsBoundary(tokens, k)) break;
    if (const PhraseMatch m = future_->MatchAt(tokens, k); m.found() && m.end <= t) return true;
  }
  for (size_t k = t + 1; future_time_ && k < std::min(tokens.size(), t + 1 + kAfter); ++k) {
    if (IsBoundary(tokens, k)) break;
    if (future_time_->MatchAt(tokens, k).found()) return true;
  }
  return false;
}

bool ModeWords::ReportedFuture(const std::vector<Token>& tokens, size_t t) const {
  if (!reported_future_) return false;
  for (size_t w = t > 4 ? t - 4 : 0; w < t; ++w) {
    const PhraseMatch m = reported_future_->MatchAt(tokens, w);
    if (!m.found() || m.end > t) continue;
    for (size_t r = w; r-- > (w > 10 ? w - 10 : 0);) {
      if (IsReport(tokens, r)) return true;
      // ("said he was ready to meet ..., and that he would travel": a second "that"
      // joined by "and" reports the same verb of saying, further back.)
      if (tokens[r].norm == "that"_lit && r >= 1 && tokens[r - 1].norm == "and"_lit)
        for (size_t q = r; q-- > (r > 40 ? r - 40 : 0);)
          if (IsReport(tokens, q)) return true;
      if (IsBoundary(tokens, r)) break;
    }
  }
  return false;
}

bool ModeWords::ConditionBefore(const std::vector<Token>& tokens, size_t t) const {
  if (!conditional_) return false;
  for (size_t c = t; c-- > 0;) {
    const PhraseMatch m = conditional_->MatchAt(tokens, c);
    if (!m.found() || m.end > t) continue;
    // (Save an English participle after a comma past it, the subject's next act: "if
    // India kept allowing her to speak, accusing the Indian government of".)
    for (size_t k = m.end + 1; lang_ == "en"_lit && k <= t; ++k)
      if (NextActParticiple(tokens, k)) return false;
    return true;
  }
  return false;
}

bool ModeWords::ConditionAfter(const std::vector<Token>& tokens, size_t t) const {
  if (!conditional_) return false;
  constexpr size_t kReach = 12;
  for (size_t k = t + 1; k < tokens.size() && k <= t + kReach; ++k) {
    if (IsBoundary(tokens, k) || tokens[k].norm == "."_lit) return false;
    if (IsConditional(tokens, k)) return true;
  }
  return false;
}

// Whether token k lies in a relative clause set off by commas (", who took the throne
// in 1999,") that does not hold token t: its year dates the antecedent, not the act.
bool ModeWords::InOtherRelativeClause(const std::vector<Token>& tokens, size_t k, size_t t) const {
  const auto [open, close] = CommasAround(tokens, k);
  if (open == SIZE_MAX || open + 1 >= tokens.size() || !IsRelative(tokens, open + 1)) return false;
  return t < open || t > close;
}

bool ModeWords::NegationBefore(const std::vector<Token>& tokens, size_t t) const {
  if (!negation_) return false;
  for (size_t p = t > 4 ? t - 4 : 0; p < t; ++p) {
    const PhraseMatch m = negation_->MatchAt(tokens, p);
    if (!m.found() || m.end > t) continue;
    // The relative ما of "وهو ما رفضته" is part of a noun for an act, not a negation.
    if (p > 0 && act_ && act_->MatchAt(tokens, p - 1).end > p) continue;
    // (Nor بلا, "without", which negates a noun: "أطباء بلا حدود"; nor كما, "as well
    // as", whose ما is no negation: "كما أوقف قبطانها".)
    if (tokens[p].norm == "\u0628\u0644\u0627"_lit || tokens[p].norm == "كما"_lit ||
        tokens[p].norm == "وكما"_lit)
      continue;
    // (Nor a capitalised word inside an English name: "Reporters Without Borders".)
    if (p > 0 && tokens[p].capital && lang_ == "en"_lit) continue;
    return true;
  }
  return false;
}

Mode ModeWords::ModeOf(const std::vector<Token>& tokens, size_t t, bool future_prefix,
                       bool joined_by_wa) const {
  Mode m;
  // "لا تخفي ... وتنتقد": a verb carrying the conjunction و starts a new predicate; a
  // negation before it belongs to the earlier verb (Arabic repeats it: "ولا تنتقد").
  if (!joined_by_wa && NegationBefore(tokens, t)) {
    m.name = "negated";
    return m;
  }
  // A conditional ("if", "لو", "إذا") governs the whole sentence after it.
  if (ConditionBefore(tokens, t)) {
    m.name = "hypothetical";
    return m;
  }
  if (ReportedFuture(tokens, t)) {
    m.name = "future";
    return m;
  }
  if (AnyEndsAt(hypothetical_, tokens, t, 4) && !PerfectParticle(tokens, t)) {
    m.name = "hypothetical";
    return m;
  }
  // A question asserts nothing.
  for (size_t k = t; k < tokens.size(); ++k)
    if (tokens[k].norm == "?"_lit || tokens[k].norm == "؟"_lit) {
      m.name = "hypothetical";
      return m;
    }
  // (A word of the future ends right before the trigger, not past a comma and a word
  // that opens another clause: "على أن يصل فريق ثانٍ الشهر المقبل، فيما شكر الرئيس".)
  bool future_before = false;
  for (size_t k = t >= 7 ? t - 7 : 0; future_ && k < t && !future_before; ++k)
    if (const PhraseMatch m = future_->MatchAt(tokens, k);
        m.found() && m.end <= t && m.end + 3 > t) {
      future_before = true;
      for (size_t j = m.end; j < t && future_before; ++j)
        future_before = !(IsComma(tokens[j]) && j + 1 < t && IsBoundary(tokens, j + 1));
    }
  if (future_prefix || future_before || FutureInClause(tokens, t) || Stipulated(tokens, t)) {
    m.name = "future";
    return m;
  }
  // Historical: what "more than five years after" or "two decades ago" dates back from
  // the story's own time, told just before the trigger, or soon after it when it counts
  // back from now ("ago": "two years after" a later act dates that act, not this one).
  bool ago_after = false;
  for (size_t k = t + 1; ago_ && k < std::min(tokens.size(), t + 8) && !ago_after && !IsBoundary(tokens, k); ++k)
    ago_after = StartsAt(ago_, tokens, k);
  if (ago_after || AnyEndsAt(elapsed_, tokens, t, 8) || AnyEndsAt(ago_, tokens, t, 8)) {
    m.name = "historical";
    return m;
  }
  // Historical: a year well before the document's, stated in the clause before the
  // trigger or just after it ("In 2008, ...", "... في عام 2020").
  if (doc_year_ > 0) {
    const size_t from = t > 12 ? t - 12 : 0;
    const size_t to = std::min(tokens.size(), t + 14);
    for (size_t k = from; k < to; ++k) {
      const std::string& n = tokens[k].norm;
      // (A decade too: "in the early 1980s".)
      const bool decade = n.size() == 5 && n[4] == 's' && n[3] == '0';
      if ((n.size() != 4 && !decade) || !std::isdigit(static_cast<unsigned char>(n[0]))) continue;
      const int y = std::atoi(n.c_str());
      // "the first talks since 2022", "since the 2023 operation" dates nothing to 2022.
      bool span = false;
      for (size_t j = k; j-- > (k > 3 ? k - 3 : 0) && !span;) {
        const std::string& w = tokens[j].norm;
        span = w == "since"_lit || w == "منذ"_lit || w == "until"_lit || w == "حتي"_lit;
      }
      if (span) continue;
      // Nor a year in the description of the subject after the verb opening the sentence,
      // before the weekday that dates that verb (recognize/dates.h).
      if (DatesOpeningSubject(tokens, t, k)) continue;
      // Nor does a year in a relative clause after the act ("freed four men who had been
      // held since 2023", "أفرجت عن مواطن كانت قد اعتقلته في 2023"): it dates the clause.
      bool relative_after = false;
      // (English "that" after the act opens its object's clause too: "lifted the
      // sanctions that it imposed in 2011", "denied on Monday that ... in 2014".)
      // (But a noun's own relative clause right after it tells the act itself: "ذكرى
      // الهجوم الذي شنته القوات العراقية ... عام 1988".)
      // (Or an Arabic earlier past after the act, the clause of its object: "مواطن كانت
      // قد اعتقلته في عام 2023".)
      for (size_t j = t + 1; j < k && !relative_after; ++j)
        relative_after = (IsRelative(tokens, j) && j > t + 1) || tokens[j].norm == "that"_lit ||
                         tokens[j].norm.starts_with("\u0643\u0627\u0646");  // كان
      if (relative_after) continue;
      // (Nor a year after the participle of a text's signing, which dates the text: "في
      // خرق لاتفاق وقف إطلاق النار الموقع عام 2018", "violated the truce signed in 2018";
      // nor one in the charge against those the act concerns, which dates the charge:
      // "extradited two men wanted over a 2023 robbery", "سلمت متهمين بتفجير وقع عام 2019".)
      bool dates_other = false;
      for (size_t j = t + 1; j < k && !dates_other; ++j) dates_other = StartsAt(dates_other_, tokens, j);
      if (dates_other) continue;
      // A year followed by "when" dates the whole when-clause, however many acts it joins
      // ("recalls the events of 1956, when Nasser nationalised the canal, and Britain,
      // France and Israel attacked Egypt").
      const size_t w = k + 1 < tokens.size() && IsComma(tokens[k + 1]) ? k + 2 : k + 1;
      if (w < t && StartsAt(when_, tokens, w) && y >= 1900 && y < doc_year_) {
        m.name = "historical";
        m.year = n;
        return m;
      }
      // Nor a year in another clause joined by ", and" ("seized Crimea in 2014, and on
      // Thursday Ukraine struck").
      bool other_clause = false;
      for (size_t j = std::min(k, t) + 1; j < std::max(k, t) && !other_clause; ++j)
        other_clause = (IsBoundary(tokens, j) && !(j == t + 1 && IsRelative(tokens, j))) || CommaAnd(tokens, j);
      if (other_clause) continue;
      if (y >= 1900 && y < doc_year_ && !InOtherRelativeClause(tokens, k, t)) {
        m.name = "historical";
        m.year = n;
        return m;
      }
    }
  }
  return m;
}

}  // namespace dyad

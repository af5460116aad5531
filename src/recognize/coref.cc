#include "recognize/coref.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "core/ascii.h"
#include "core/event.h"
#include "core/literal.h"
#include "core/utf8.h"
#include "text/arabic.h"
#include "text/normalize.h"

namespace dyad {

namespace {

// A verb of undertaking right after "the two" ("agreed", "will", "vowed").
bool TwoUndertake(std::string_view w) {
  return w == "agreed"_lit || w == "will"_lit || w == "would"_lit || w == "pledged"_lit ||
         w == "vowed"_lit || w == "promised"_lit || w == "decided"_lit;
}

// A state mention that can be referred back to: not a place ("in Azerbaijan").
bool HasCountry(const ActorMention& m) { return m.has_country() && IsStateCode(m.code) && !m.place; }

// Is the sector word at token t definite: "the police", "its ministry", Arabic with
// the article (الوزارة, والشرطة, للشرطة)? Languages without articles count as definite.
bool Definite(const Sentence& s, size_t t) {
  const std::string& lang = s.lang;
  if (lang == "en"_lit) {
    if (t == 0) return false;
    const std::string& p = s.tokens[t - 1].norm;
    return p == "the"_lit || p == "its"_lit || p == "their"_lit || p == "his"_lit || p == "her"_lit;
  }
  if (lang == "ar"_lit || lang == "fa"_lit) {
    if (lang == "fa"_lit) return true;
    ArabicStem cands[8];
    const std::string& w = s.tokens[t].norm;
    const int n = ArabicStems(w, cands);
    // The article was among the clitics removed: some candidate is shorter than the
    // word by the article's bytes at least, and the word contains "ال" or starts "لل".
    for (int c = 0; c < n; ++c)
      if (cands[c].stripped > 0 &&
          (w.find("\u0627\u0644") != std::string::npos || w.starts_with("\u0644\u0644")))
        return true;
    return false;
  }
  return lang == "ru"_lit || lang == "tr"_lit || lang == "az"_lit || lang == "fa"_lit;
}

// A word for a group ("group", "الحركة") is an anaphor only when definite: after "the"
// with up to three modifiers between ("the Rwandan-backed group", "the Palestinian
// group"), or with the Arabic article, whose nationality follows ("الحركة الفلسطينية").
// Widens [first, last) over the article, the modifiers and that nationality.
bool GroupPhrase(const Sentence& s, const std::vector<ActorMention>& ms, size_t& first, size_t& last) {
  if (s.lang == "en"_lit) {
    for (size_t d = first, mods = 0; d > 0 && mods <= 3; --d, ++mods) {
      const Token& p = s.tokens[d - 1];
      if (p.norm == "the"_lit) {
        first = d - 1;
        return true;
      }
      if (p.norm == ","_lit || p.norm == "a"_lit || p.norm == "an"_lit || p.norm == "of"_lit) return false;
      // ("the Libyan army and rebels": the article is another actor's.)
      if (p.norm == "and"_lit || p.norm == "or"_lit) return false;
      if (std::any_of(ms.begin(), ms.end(), [&](const ActorMention& q) {
            return q.kind != ActorKind::kAdj && q.first < d && d <= q.last;
          }))
        return false;
    }
    return false;
  }
  if (s.lang != "ar"_lit || !Definite(s, first)) return false;
  for (const auto& q : ms)
    if (q.kind == ActorKind::kAdj && q.first == last) last = q.last;
  return true;
}

// A style of address before an Arabic title ("فخامة", "معالي", "سمو"), normalised. (The
// coder's grammar lists whole styles, "حضرة صاحب السمو الشيخ", to reach past them; here
// only the word right before a title matters, and the recognizer cannot read the
// coder's lists.)
bool StyleOfAddress(std::string_view word) {
  // (Any of the word's clitic stems: with a preposition or و in front, "برقية عزاء
  // لفخامة الرئيس ...", "ولسمو".)
  ArabicStem stems[8];
  const int n = ArabicStems(word, stems);
  for (int c = 0; c < n; ++c) {
    const std::string_view w = stems[c].stem;
    if (w == "\u0641\u062E\u0627\u0645\u0647"_lit ||  // فخامه
        w == "\u0645\u0639\u0627\u0644\u064A"_lit ||  // معالي
        w == "\u0633\u0645\u0648"_lit ||              // سمو
        w == "\u0633\u0639\u0627\u062F\u0647"_lit)    // سعاده
      return true;
  }
  return false;
}

// The style a pronoun of address carries, normalised: "سموه" سمو, "فخامتها" فخامه,
// "معاليه" معالي (the pronoun off, a ت that it opened back to ه).
std::string StyleOfPronoun(std::string_view surface) {
  std::string w = NormalizeWord(surface);
  for (std::string_view suffix : {"\u0647\u0627", "\u0647"})  // ها، ه
    if (w.size() > suffix.size() && w.ends_with(suffix)) {
      w.erase(w.size() - suffix.size());
      break;
    }
  if (w.ends_with("\u062A")) w.replace(w.size() - 2, 2, "\u0647");  // ت -> ه
  return w;
}

// Is mention k of the sentence the one the style (normalised, "سمو") introduces: the
// style stands before its words, with or without its article, within the few words of a
// name and its titles ("فخامة الدكتورة نيتومبو ناندي-ندايتواه رئيسة جمهورية ناميبيا"),
// with no comma and no other actor of a state between (a bare title may stand between:
// "صاحب السمو أمير البلاد الشيخ مشعل")?
bool StyledBefore(const Sentence& s, const std::vector<ActorMention>& ms, size_t k, const std::string& style) {
  const ActorMention& m = ms[k];
  for (size_t d = 1; d <= 8 && d <= m.first; ++d) {
    const size_t at = m.first - d;
    std::string_view w = s.tokens[at].norm;
    if (IsComma(w)) return false;
    if (w.starts_with("\u0627\u0644")) w.remove_prefix(std::string_view("\u0627\u0644").size());  // ال
    if (w == style)
      return std::none_of(ms.begin(), ms.end(),
                          [&](const ActorMention& q) { return q.first > at && q.first < m.first && q.has_country(); });
  }
  return false;
}

struct Ref {
  int sentence;
  int index;
};

// A sector word with a possessor ("its soldiers", "حكومته") is of the possessor's state.
void OwnedBy(ActorMention& m, const ActorMention& owner, int sentence, int index) {
  // (An armed group's own forces are the group: "نفت قوات الدعم السريع أن تكون قواتها";
  // not "its military base", where the word is an adjective.)
  const bool group_forces = IsArmedGroupCode(owner.code) && m.sector == "MIL"_lit && m.entity != "military"_lit;
  // (Nor is the head of a union, a paper or a firm that of its state: "قالت رابطة
  // الصحفيين ... إن عناصر من الدرك ضربوا رئيسها" is the body's own head.)
  const std::string_view owner_sector =
      owner.code.size() == 6 ? std::string_view(owner.code).substr(3) : std::string_view();
  const bool body_head =
      m.sector == "GOV"_lit &&
      (owner_sector == "MED"_lit || owner_sector == "LAB"_lit || owner_sector == "EDU"_lit ||
       owner_sector == "HRI"_lit || owner_sector == "BUS"_lit || owner_sector == "HLH"_lit) &&
      (m.entity.starts_with("\u0631\u0626\u064A\u0633") ||              // رئيس
       m.entity.starts_with("\u0627\u0644\u0623\u0645\u064A\u0646") ||  // الأمين
       m.entity.starts_with("\u0632\u0639\u064A\u0645"));               // زعيم
  m.code = group_forces || body_head ? owner.code : owner.code.substr(0, 3) + m.sector;
  m.how = "coref: " + m.entity + " of " + owner.entity + " -> " + m.code;
  m.antecedent_sentence = sentence;
  m.antecedent_index = index;
  m.kind = ActorKind::kPossessed;
}

// The surname a person's mention ends in, as tokens write it: the last word of a full
// name the lexicon knows ("ياماندو أورسي", "Yamandu Orsi"), of four letters or more, so
// as not to be a common word; "" when the mention ends otherwise.
std::string SurnameOf(const Sentence& s, const ActorMention& m) {
  constexpr size_t kLetters = 4;
  if (!m.has_country() || !m.entity_id.starts_with("person:") || m.last < m.first + 2) return "";
  const size_t space = m.entity.rfind(' ');
  if (space == std::string::npos) return "";
  const std::string& w = s.tokens[m.last - 1].norm;
  std::string last = NormalizeWord(std::string_view(m.entity).substr(space + 1));
  if (!IsArabicScript(last)) last = AsciiLower(last);
  return last == w && utf8::CodePoints(w) >= kLetters ? w : "";
}

// "استقبل معالي الدكتور ...، وزير الخارجية، اليوم الأحد في المنامة، ...، وزير خارجية
// اليابان": a host named by a title of no state (his name unknown to the lexicon),
// receiving in a place, is of that place's state, when the place comes before any other
// state named. (Only after a verb of receiving, refers "host" in coref*.tsv, whose place
// is the host's own; a minister who speaks "in" a city may be abroad.) The mention takes
// in the unknown name and style before the title, so that it is the verb's subject right
// after it.
void HostInPlace(const ActorLexicon& lex, const Sentence& s, std::vector<ActorMention>& ms) {
  constexpr size_t kHostTitle = 9, kHostPlace = 10;  // style, honorific and name; its apposition and time
  const std::unordered_set<std::string>* verbs = lex.HostVerbs(s.lang);
  if (!verbs) return;
  for (size_t v = 0; v + 1 < s.tokens.size(); ++v) {
    if (!verbs->count(s.tokens[v].norm)) continue;
    const auto host = std::find_if(ms.begin(), ms.end(), [&](const ActorMention& m) { return m.first > v; });
    if (host == ms.end() || host->first > v + kHostTitle || host->kind != ActorKind::kSector || host->code != "GOV"_lit)
      continue;
    const auto at = std::find_if(host + 1, ms.end(), [](const ActorMention& m) { return m.has_country(); });
    if (at == ms.end() || at->first > host->last + kHostPlace || !at->place || !IsStateCode(at->code) ||
        s.tokens[at->first - 1].norm != "\u0641\u064A"_lit)  // في
      continue;
    host->code = at->code + host->code;
    host->kind = ActorKind::kComposed;
    host->how += "; the host, receiving in " + at->entity;
    host->first = v + 1;
    host->span.begin = s.tokens[v + 1].span.begin;
  }
}

}  // namespace

// A sector word with a possessive of the third person: "its soldiers", "their police",
// "قواتها", "جنوده".
bool Possessed(const Sentence& s, const ActorMention& m) {
  if (s.lang == "en"_lit)
    return m.first > 0 &&
           (s.tokens[m.first - 1].norm == "its"_lit || s.tokens[m.first - 1].norm == "their"_lit);
  if (s.lang != "ar"_lit || m.last <= m.first) return false;
  // The word reads as the sector word with a pronoun suffix of the third person
  // ("قواتها" = قوات + ها), and not as the word itself ("الشرطة", "قوة"). (In a phrase,
  // its first word, which then loses its article: "دفاعاتها الجوية" for "الدفاعات الجوية".)
  std::string sector = NormalizeWord(m.entity.substr(0, m.entity.find(' ')));
  if (m.last > m.first + 1) {
    if (!sector.starts_with("\u0627\u0644")) return false;  // ال
    sector.erase(0, std::string_view("\u0627\u0644").size());
  }
  bool suffixed = false;
  for (const ArabicSegmentation& seg : ArabicSegments(s.tokens[m.first].norm, "ar")) {
    if (seg.stem != sector) continue;
    if (seg.suffix.empty()) return false;
    suffixed |= seg.suffix == "+\u0647"_lit || seg.suffix == "+\u0647\u0627"_lit ||
                seg.suffix == "+\u0647\u0645"_lit;  // ه ها هم
  }
  return suffixed;
}

void ResolveDocumentActors(std::vector<std::vector<ActorMention>>& per_sentence,
                           const std::vector<Sentence>& sentences, const ActorLexicon& lex,
                           const std::string& doc_date) {
  const size_t n = std::min(per_sentence.size(), sentences.size());
  // 1. Document-context guards. The document's words are gathered on the first guard
  // that asks (few names have one).
  std::unordered_set<std::string> doc_words;
  bool gathered = false;
  auto in_document = [&](const std::string& w) {
    if (!gathered) {
      for (size_t i = 0; i < n; ++i)
        for (const auto& t : sentences[i].tokens)
          if (t.word)
            doc_words.insert(IsArabicScript(t.norm) ? std::string(ArabicLexiconForm(t.norm)) : t.norm);
      gathered = true;
    }
    return doc_words.count(w) > 0;
  };
  for (size_t i = 0; i < n; ++i) {
    auto& ms = per_sentence[i];
    for (size_t k = 0; k < ms.size();) {
      ActorMention& m = ms[k];
      bool removed = false;
      if (m.name_entry != ActorMention::kNoEntry) {
        if (const auto* guards = lex.Guards(m.name_entry)) {
          for (const auto& g : *guards) {
            if (g.rule != ActorGuard::Rule::kDoc) continue;
            auto hit = std::find_if(g.words.begin(), g.words.end(), in_document);
            if (hit == g.words.end()) continue;
            if (g.result.empty()) {
              ms.erase(ms.begin() + static_cast<long>(k));
              removed = true;
            } else {
              // (A title joined to an organisation took its code whole, "الأمين العام لحزب
              // العمال": it takes the guarded code whole too.)
              const bool state_sector = m.kind == ActorKind::kComposed && !m.sector.empty() &&
                                        m.code.size() > 3 && std::string_view(m.code).substr(3) == m.sector;
              // (A body's code is taken whole: "foreign ministers in Brussels" are the EU's.)
              m.code = state_sector && IsStateCode(CountryOf(g.result))
                           ? CountryOf(g.result) + m.sector
                           : g.result;
              // (A capital that stands for a body seated there is that body: "Brussels" for
              // the EU takes no state's sectors.)
              if (m.kind == ActorKind::kCapital && g.result.size() > 3) m.kind = ActorKind::kOrg;
              m.how += "; document context: " + *hit;
              m.guarded = true;
            }
            break;
          }
        }
      }
      if (!removed) ++k;
    }
  }

  // 2. Walk the document in order, resolving against what came before.
  std::vector<Ref> seen;  // mentions with a state, in document order
  // Armed groups, in document order: a state's ("SDNREB") or an international one
  // ("IMGMUSALQ"), which "the group" may name.
  std::vector<Ref> armed;
  // Organisations and IGOs, in document order, which "the aid group", "المنظمة" may name.
  std::vector<Ref> bodies;
  // Political parties with a state, in document order, which "the party", "الحزب" may name.
  std::vector<Ref> parties;
  // Surnames of people named in full, in document order (see SurnameOf).
  std::vector<std::pair<std::string, Ref>> surnames;
  auto state_of = [&](const Ref& r) { return per_sentence[r.sentence][r.index].code.substr(0, 3); };
  for (size_t i = 0; i < n; ++i) {
    const Sentence& s = sentences[i];
    auto& ms = per_sentence[i];
    HostInPlace(lex, s, ms);
    // Anaphoric phrases over tokens no mention covers.
    std::vector<ActorMention> added;
    const PhraseIndex& anaphors = lex.Anaphors(s.lang);
    if (anaphors.size()) {
      // A bare sector word ("leaders" in "the two leaders") gives way to the phrase.
      std::vector<bool> covered(s.tokens.size(), false);
      for (const auto& m : ms)
        if (m.has_country())
          for (size_t t = m.first; t < m.last && t < covered.size(); ++t) covered[t] = true;
      for (size_t t = 0; t < s.tokens.size(); ++t) {
        if (covered[t]) continue;
        PhraseMatch a = anaphors.MatchAt(s.tokens, t);
        if (!a.found()) continue;
        bool free = true;
        for (size_t u = a.begin; u < a.end; ++u) free = free && !covered[u];
        if (!free) continue;
        const Anaphor::Refers refers = lex.anaphor(a.payload).refers;
        size_t first = a.begin, last = a.end;
        if ((refers == Anaphor::Refers::kGroup || refers == Anaphor::Refers::kBody ||
             refers == Anaphor::Refers::kParty) &&
            !GroupPhrase(s, ms, first, last))
          continue;
        // ("حل الدولتين" is the two-state solution, no pair of states.)
        if (refers == Anaphor::Refers::kPair && s.lang == "ar"_lit && first > 0 &&
            std::string_view(s.tokens[first - 1].norm).ends_with("\u062d\u0644") &&  // حل
            s.tokens[first - 1].norm.size() <= 6)
          continue;
        // ("The two" alone is the two sides only as the subject of an undertaking, its
        // verb right after it: "and the two agreed to meet"; not "the two journalists",
        // nor "a call in which the two discussed", one call.)
        if (s.lang == "en"_lit && lex.anaphor(a.payload).surface == "the two"_lit &&
            (last >= s.tokens.size() || !TwoUndertake(s.tokens[last].norm)))
          continue;
        // (An Arabic anaphor listed with the article needs it: "الوزيرين" are the two
        // ministers named, "وزيرين سابقين" two others.)
        if (s.lang == "ar"_lit && lex.anaphor(a.payload).surface.starts_with("\u0627\u0644") &&
            !Definite(s, first))
          continue;
        // ("الاجتماع الأخير" is "the last meeting": after a definite noun the word is its
        // adjective; "مرة أخيرة", indefinite, is one too.)
        if (refers == Anaphor::Refers::kLatter && s.lang == "ar"_lit &&
            (!Definite(s, first) || (first > 0 && Definite(s, first - 1))))
          continue;
        ActorMention m;
        m.first = first;
        m.last = last;
        m.span = {s.tokens[first].span.begin, s.tokens[last - 1].span.end};
        m.kind = ActorKind::kAnaphor;
        m.entity = lex.anaphor(a.payload).surface;
        m.how = refers == Anaphor::Refers::kPair      ? "pair"
                : refers == Anaphor::Refers::kLeaders ? "leaders"
                : refers == Anaphor::Refers::kSides   ? "sides"
                : refers == Anaphor::Refers::kOwn     ? "own"
                : refers == Anaphor::Refers::kGroup   ? "group"
                : refers == Anaphor::Refers::kBody    ? "body"
                : refers == Anaphor::Refers::kParty   ? "party"
                : refers == Anaphor::Refers::kLatter  ? "latter"
                : refers == Anaphor::Refers::kStyled  ? "styled"
                                                      : "country";
        // ("السلطنة": one of the states ruled so, kept in how for the pass below.)
        if (const auto& realm = lex.anaphor(a.payload).realm; !realm.empty()) {
          m.how = "realm:";
          for (const std::string& c : realm) m.how += c;
        }
        // "the Palestinian group", "الحركة الفلسطينية": the nationality inside the phrase
        // tells whose group it is.
        for (const auto& q : ms)
          if (q.kind == ActorKind::kAdj && q.first >= first && q.last <= last) m.code = q.code.substr(0, 3);
        added.push_back(std::move(m));
        t = a.end - 1;
      }
    }
    if (!added.empty()) {
      // (A sector word under "the rebels" stays until the group is known: when none
      // was named, the rebels are still rebels; so do "the rights group", when no body
      // was named before, "arrested the head of the rights group Cristosal".)
      std::erase_if(ms, [&](const ActorMention& m) {
        if (m.has_country() && m.kind != ActorKind::kAdj) return false;
        for (const auto& a : added)
          if (m.first < a.last && a.first < m.last &&
              !((a.how == "group"_lit || a.how == "body"_lit || a.how == "party"_lit) &&
                m.kind == ActorKind::kSector))
            return true;
        return false;
      });
      ms.insert(ms.end(), added.begin(), added.end());
      std::stable_sort(ms.begin(), ms.end(), [](const ActorMention& a, const ActorMention& b) {
        return a.first < b.first;
      });
    }
    // A person named again by the surname alone, which the lexicon does not list as a
    // short form ("... بنظيره الأوروغواياني ياماندو أورسي ...، واتفقا على أن يزور أورسي
    // سانتياغو"): the one named in full last, before it in this sentence or earlier.
    // (This sentence's own full names, found once; most sentences have none, nor any
    // before, and skip the pass.)
    std::vector<std::pair<std::string, size_t>> here;  // surname, mention index
    for (size_t q = 0; q < ms.size(); ++q)
      if (std::string name = SurnameOf(s, ms[q]); !name.empty())
        here.emplace_back(std::move(name), q);
    if (!here.empty() || !surnames.empty()) {
      std::vector<bool> covered(s.tokens.size(), false);
      for (const auto& m : ms)
        for (size_t t = m.first; t < m.last && t < covered.size(); ++t) covered[t] = true;
      std::vector<ActorMention> named;
      for (size_t t = 0; t < s.tokens.size(); ++t) {
        const Token& w = s.tokens[t];
        if (covered[t] || !w.word || (!IsArabicScript(w.norm) && !w.capital)) continue;
        Ref ref{-1, -1};
        for (auto h = here.rbegin(); h != here.rend() && ref.sentence < 0; ++h)
          if (ms[h->second].last <= t && h->first == w.norm)
            ref = {static_cast<int>(i), static_cast<int>(h->second)};
        for (auto r = surnames.rbegin(); r != surnames.rend() && ref.sentence < 0; ++r)
          if (r->first == w.norm) ref = r->second;
        if (ref.sentence < 0) continue;
        const ActorMention& a = per_sentence[ref.sentence][ref.index];
        ActorMention m;
        m.first = t;
        m.last = t + 1;
        m.span = w.span;
        m.code = a.code;
        m.kind = ActorKind::kCoref;
        m.entity = a.entity;
        m.entity_id = a.entity_id;
        m.how = "coref: the surname of " + a.entity + " -> " + a.code;
        m.antecedent_sentence = ref.sentence;
        m.antecedent_index = ref.index;
        named.push_back(std::move(m));
      }
      if (!named.empty()) {
        // (A name in this sentence is found again by where it starts: the sort may move it.)
        std::vector<size_t> held_at(ms.size());
        for (size_t q = 0; q < ms.size(); ++q) held_at[q] = ms[q].first;
        ms.insert(ms.end(), named.begin(), named.end());
        std::stable_sort(ms.begin(), ms.end(), [](const ActorMention& a, const ActorMention& b) {
          return a.first < b.first;
        });
        for (auto& m : ms)
          if (m.antecedent_sentence == static_cast<int>(i) &&
              m.how.starts_with("coref: the surname")) {
            const size_t at = held_at[static_cast<size_t>(m.antecedent_index)];
            for (size_t q = 0; q < ms.size(); ++q)
              if (ms[q].first == at && ms[q].kind != ActorKind::kCoref) {
                m.antecedent_index = static_cast<int>(q);
                break;
              }
          }
      }
    }
    std::vector<size_t> drop;
    for (size_t k = 0; k < ms.size(); ++k) {
      ActorMention& m = ms[k];
      if (m.kind == ActorKind::kAnaphor &&
          (m.how == "group"_lit || m.how == "body"_lit || m.how == "party"_lit ||
           m.how == "latter"_lit || m.how == "styled"_lit)) {
        // "the group": the armed group named last, in this sentence or the two before.
        // "the latter": the state actor named last, in this sentence or the one before,
        // places aside ("accused the Taliban government in Kabul ..., which the latter
        // denied").
        // "the aid group", "المنظمة": the organisation or IGO named last, likewise.
        // "وشهد سموه وفخامته التوقيع": the person named last, in this sentence or the one
        // before, after the style the pronoun carries ("فخامة الرئيس ... رئيس جمهورية
        // غيانا" for "فخامته").
        // "the party", "الحزب": the party named last, likewise.
        const bool group = m.how == "group"_lit, body = m.how == "body"_lit,
                   party = m.how == "party"_lit;
        const std::string style = m.how == "styled"_lit ? StyleOfPronoun(m.entity) : "";
        const Ref* ref = nullptr;
        const std::vector<Ref>& candidates = group ? armed : body ? bodies : party ? parties : seen;
        for (auto r = candidates.rbegin(); r != candidates.rend() && !ref; ++r) {
          if (r->sentence + (group || body || party ? 2 : 1) < static_cast<int>(i)) break;
          const ActorMention& a = per_sentence[r->sentence][r->index];
          if (!style.empty()) {
            if (StyledBefore(sentences[r->sentence], per_sentence[r->sentence], static_cast<size_t>(r->index), style))
              ref = &*r;
          } else if (!group || m.code.empty() || a.code.starts_with(m.code)) {
            ref = &*r;
          }
        }
        // (The sector word the phrase covers gives way to the group found, or to a name
        // inside it, "the M23 rebel group"; else it stays and the phrase goes.)
        const auto inside = [&](const ActorMention& q) { return q.first < m.last && m.first < q.last; };
        const bool named = std::any_of(ms.begin(), ms.end(), [&](const ActorMention& q) {
          return q.has_country() && q.kind != ActorKind::kAnaphor && inside(q);
        });
        for (size_t q = 0; q < ms.size(); ++q)
          if ((ref || named) && q != k && ms[q].kind == ActorKind::kSector && inside(ms[q])) drop.push_back(q);
        if (!ref) {
          drop.push_back(k);
          continue;
        }
        const ActorMention& a = per_sentence[ref->sentence][ref->index];
        m.code = a.code;
        m.how = "coref: " + m.entity + " -> " + m.code + " (" + a.entity + ")";
        m.kind = ActorKind::kCoref;
        m.antecedent_sentence = ref->sentence;
        m.antecedent_index = ref->index;
        continue;
      }
      if (m.kind == ActorKind::kAnaphor) {
        // The most recent distinct states, latest first.
        const bool leaders = m.how == "leaders"_lit;  // a pair of governments
        std::vector<Ref> states;
        std::set<std::string> codes;
        // "Trump hosted the two leaders", "استضاف ترامب الزعيمين": the one state named
        // before them in their own sentence is their host, not one of them, when two
        // others were named in the sentences before.
        if (leaders) {
          std::set<std::string> here;
          for (size_t q = 0; q < k; ++q)
            if (HasCountry(ms[q]) && ms[q].kind != ActorKind::kAnaphor) here.insert(ms[q].code.substr(0, 3));
          if (here.size() == 1) {
            std::set<std::string> others;
            for (auto r = seen.rbegin(); r != seen.rend() && r->sentence + 3 >= static_cast<int>(i); ++r)
              if (r->sentence < static_cast<int>(i) && !here.count(state_of(*r))) others.insert(state_of(*r));
            if (others.size() >= 2) codes = here;
          }
        }
        // "خلال زيارة رسمية يقوم بها إلى السلطنة": the state of that kind named last, in
        // this sentence or the three before; none, and the phrase names no one.
        // (The states are three-letter codes written one after another in how.)
        if (m.how.starts_with("realm:")) {
          const std::string_view realm = std::string_view(m.how).substr(6);
          const auto in_realm = [&](const std::string& c) {
            for (size_t at = 0; at + 3 <= realm.size(); at += 3)
              if (realm.substr(at, 3) == c) return true;
            return false;
          };
          for (auto r = seen.rbegin(); r != seen.rend() && r->sentence + 3 >= static_cast<int>(i);
               ++r)
            if (in_realm(state_of(*r))) {
              states.push_back(*r);
              break;
            }
          m.how = "country";
        } else {
          for (auto r = seen.rbegin(); r != seen.rend() && states.size() < 2; ++r)
            if (codes.insert(state_of(*r)).second) states.push_back(*r);
        }
        // "Beijing pledged emergency aid to the country", "a halt to all US aid to the
        // country": a country something is given or sent to is not the giver named as the
        // subject right before it (no preposition before that name), but the state named
        // before the giver.
        if (m.how == "country"_lit && s.lang == "en"_lit && m.first > 0 &&
            s.tokens[m.first - 1].norm == "to"_lit && states.size() == 2 &&
            states[0].sentence == static_cast<int>(i) &&
            states[0].index + 1 == static_cast<int>(k)) {
          const ActorMention& giver = ms[static_cast<size_t>(states[0].index)];
          bool object = false;
          for (size_t t = giver.first; t-- > (giver.first > 2 ? giver.first - 2 : 0) && !object;) {
            static const std::vector<std::string_view> kPrepositions = {"to",   "of", "in",  "from",
                                                                        "with", "at", "for", "by"};
            object = std::find(kPrepositions.begin(), kPrepositions.end(), s.tokens[t].norm) !=
                     kPrepositions.end();
          }
          if (!object) states.erase(states.begin());
        }
        const bool sides = m.how == "sides"_lit;
        const bool pair = m.how == "pair"_lit || leaders || sides;
        if (m.how == "own"_lit) {
          // "his country", "بلاده": the state of the sentence's first actor before it,
          // the one who speaks or acts ("Armenia's foreign minister said his country").
          for (size_t q = 0; q < k; ++q)
            if (HasCountry(ms[q]) && ms[q].kind != ActorKind::kAnaphor) {
              states.assign(1, Ref{static_cast<int>(i), static_cast<int>(q)});
              break;
            }
          // (Right after the "إن" of what someone said, the speaker's, named last before it:
          // "وصلت إلى بورت أو برنس ...، فيما قال وزير الأمن في ناساو إن بلاده".)
          if (s.lang == "ar"_lit && m.first > 0 &&
              (s.tokens[m.first - 1].norm == "\u0627\u0646"_lit ||
               s.tokens[m.first - 1].norm == "\u0628\u0627\u0646"_lit))
            for (size_t q = k; q-- > 0;)
              if (HasCountry(ms[q]) && ms[q].kind != ActorKind::kAnaphor && !TownKind(ms[q].kind)) {
                // (One who can speak, not a state named bare in what was said before:
                // "تأييد حكومته لموقف نيوزيلندا ...، مؤكداً ... أن بلاده".)
                if (ms[q].code.size() > 3)
                  states.assign(1, Ref{static_cast<int>(i), static_cast<int>(q)});
                break;
              }
        }
        if ((pair && states.size() < 2) || states.empty()) {
          drop.push_back(k);
          continue;
        }
        if (pair) {
          // The state named first in the document first: "Russia ... Azerbaijan ... the
          // two countries" is RUS+AZE whatever was repeated since.
          auto first_seen = [&](const Ref& r) {
            const std::string c = state_of(r);
            for (size_t q = 0; q < seen.size(); ++q)
              if (state_of(seen[q]) == c) return q;
            return seen.size();
          };
          if (first_seen(states[1]) < first_seen(states[0])) std::swap(states[0], states[1]);
          // ("The two sides" are what both were last named as: two ministers, their
          // governments; a minister and a state, the two states.)
          std::string sector = leaders ? "GOV" : "";
          if (sides) {
            const std::string_view last0 = per_sentence[states[0].sentence][states[0].index].code;
            const std::string_view last1 = per_sentence[states[1].sentence][states[1].index].code;
            if (last0.substr(3) == last1.substr(3)) sector = last0.substr(3);
            // (Or what both were named as in this sentence, when one was named again as
            // a place since: "استقبل السلطان ... الرئيس الفيتنامي الذي يقوم بزيارة إلى
            // سلطنة عمان، وشهد الجانبان التوقيع" is the two governments.)
            const auto sector_here = [&](const Ref& state) -> std::string {
              for (auto r = seen.rbegin(); r != seen.rend() && r->sentence == static_cast<int>(i); ++r) {
                const std::string_view code = per_sentence[r->sentence][r->index].code;
                if (state_of(*r) == state_of(state) && code.size() == 6) return std::string(code.substr(3));
              }
              return {};
            };
            if (sector.empty() && (last0.size() == 3 || last1.size() == 3))
              if (const std::string s0 = sector_here(states[0]); !s0.empty() && s0 == sector_here(states[1]))
                sector = s0;
            // (Or two governments, each named so in this sentence, one last named by
            // another of its titles: "محمد بن زايد، رئيس الدولة قائد القوات المسلحة، ...
            // الرئيس الكيني، وشهد الجانبان".)
            const auto government_here = [&](const Ref& state) {
              for (auto r = seen.rbegin(); r != seen.rend() && r->sentence == static_cast<int>(i); ++r)
                if (state_of(*r) == state_of(state) && per_sentence[r->sentence][r->index].code.ends_with("GOV"))
                  return true;
              return false;
            };
            if (sector.empty() && government_here(states[0]) && government_here(states[1])) sector = "GOV";
          }
          m.code = state_of(states[0]) + sector;
          m.group = {state_of(states[0]) + sector, state_of(states[1]) + sector};
          m.how = "coref: " + m.entity + " -> " + m.group[0] + "+" + m.group[1];
        } else {
          m.code = state_of(states[0]);
          m.how = "coref: " + m.entity + " -> " + m.code;
        }
        m.kind = ActorKind::kCoref;
        m.antecedent_sentence = states[0].sentence;
        m.antecedent_index = states[0].index;
        // "حكومة البلاد", "طلاب جامعات البلاد", "the country's president": a bare sector
        // word the state is the genitive of is that state's; the phrase joins it.
        if (!pair) {
          const std::string state = m.code;
          const auto bare = [](const ActorMention& q) { return q.kind == ActorKind::kSector && !q.has_country(); };
          size_t head = k;
          if (s.lang == "ar"_lit)
            while (head > 0 && bare(ms[head - 1]) && ms[head - 1].last == ms[head].first) --head;
          if (head < k) {
            ms[head].code = state + ms[head].sector;
            ms[head].last = m.last;
            ms[head].span.end = m.span.end;
            ms[head].how = "sector + coref: " + m.entity + " -> " + state;
            ms[head].kind = ActorKind::kComposed;
            for (size_t q = head + 1; q <= k; ++q) drop.push_back(q);
          } else if (s.lang == "en"_lit && k + 1 < ms.size() && m.last < s.tokens.size() &&
                     s.tokens[m.last].norm == "'s"_lit && bare(ms[k + 1]) && ms[k + 1].first > m.last &&
                     ms[k + 1].first <= m.last + 4 &&
                     std::all_of(s.tokens.begin() + static_cast<long>(m.last) + 1,
                                 s.tokens.begin() + static_cast<long>(ms[k + 1].first),
                                 [](const Token& w) { return w.word && !w.capital; })) {
            // (A few words for which or how many may stand between: "the country's three
            // main opposition parties".)
            ms[k + 1].code = state + ms[k + 1].sector;
            ms[k + 1].first = m.first;
            ms[k + 1].span.begin = m.span.begin;
            ms[k + 1].how = "coref + sector: " + m.entity + " -> " + state;
            ms[k + 1].kind = ActorKind::kComposed;
            drop.push_back(k);
          }
        }
        continue;
      }
      if (m.kind == ActorKind::kPerson && m.name_entry != ActorMention::kNoEntry) {
        // A name several people share: the one named earlier in this document.
        std::set<std::string> entities;
        for (uint32_t alt : lex.Alternatives(m.name_entry)) entities.insert(lex.entry(alt).entity);
        if (entities.size() > 1) {
          for (auto r = seen.rbegin(); r != seen.rend(); ++r) {
            const ActorMention& a = per_sentence[r->sentence][r->index];
            if (&a == &m || !entities.count(a.entity_id) || a.entity_id == m.entity_id) continue;
            ActorMention re = m;
            if (ResolveActorEntry(lex, m.name_entry, doc_date, a.entity_id, &re)) {
              m.code = re.code;
              m.entity_id = re.entity_id;
              m.how = re.how + "; same person as sentence " + std::to_string(r->sentence);
              m.antecedent_sentence = r->sentence;
              m.antecedent_index = r->index;
            }
            break;
          }
        }
      }
      if ((m.kind == ActorKind::kCapital || m.kind == ActorKind::kSeat) &&
          m.antecedent_sentence < 0) {
        for (auto r = seen.rbegin(); r != seen.rend(); ++r) {
          const ActorMention& a = per_sentence[r->sentence][r->index];
          if (a.code.substr(0, 3) == m.code.substr(0, 3) &&
              (a.kind == ActorKind::kCountry || a.kind == ActorKind::kAdj)) {
            m.antecedent_sentence = r->sentence;
            m.antecedent_index = r->index;
            m.how += "; refers to " + a.entity + " (sentence " + std::to_string(r->sentence) + ")";
            break;
          }
        }
      }
      if (m.kind == ActorKind::kSector && !m.has_country() &&
          (m.sector == "MIL"_lit || m.sector == "COP"_lit || m.sector == "SPY"_lit) && Possessed(s, m)) {
        // "Eritrea denied that its soldiers had shelled", "نفت الحكومة أن تكون قواتها":
        // the state of the sentence's first actor, the one who speaks or acts. (Only the
        // armed forces, which act: "recalled its ambassador" is the subject's own act.)
        // (After a comma, the clause's own speaker: "هاجمت مسيرات أوكرانية ...، فيما
        // أعلنت وزارة الدفاع الروسية أن دفاعاتها الجوية".)
        size_t clause = 0;
        for (size_t t = m.first; t-- > 0 && clause == 0;)
          if (IsComma(s.tokens[t])) clause = t + 1;
        size_t first_q = 0;
        while (first_q < k && ms[first_q].first < clause) ++first_q;
        if (first_q == k || !HasCountry(ms[first_q]) || ms[first_q].kind == ActorKind::kAnaphor) first_q = 0;
        for (size_t q = first_q; q < k; ++q)
          if (HasCountry(ms[q]) && ms[q].kind != ActorKind::kAnaphor) {
            OwnedBy(m, ms[q], static_cast<int>(i), static_cast<int>(q));
            break;
          }
      }
      // "انتقد الوزير الإيراني نظيره الفرنسي، متهماً حكومته": an Arabic institution with
      // a pronoun suffix ("his government") is of the one named last before it, in
      // this sentence.
      if (s.lang == "ar"_lit && m.kind == ActorKind::kSector && !m.has_country() &&
          lex.IsInstitution(s.lang, m.entity) && Possessed(s, m))
        for (size_t q = k; q-- > 0;)
          if (HasCountry(ms[q]) && ms[q].group.empty() && ms[q].kind != ActorKind::kAnaphor) {
            OwnedBy(m, ms[q], static_cast<int>(i), static_cast<int>(q));
            // ("طالب الحزب باستقالة وزير الصحة، متهماً وزارته": "his ministry" is the
            // minister's, named since with no state of his own; the state stays the one
            // named before, but the one it refers to is not the party.)
            const std::string_view ministry = "\u0648\u0632\u0627\u0631\u0647";  // وزاره
            const std::string_view minister = "\u0648\u0632\u064A\u0631";        // وزير
            if (k > 0 && q + 1 < k && NormalizeWord(m.entity).starts_with(ministry) &&
                !HasCountry(ms[k - 1]) && ms[k - 1].sector == "GOV"_lit &&
                NormalizeWord(ms[k - 1].entity).starts_with(minister)) {
              m.antecedent_index = static_cast<int>(k - 1);
              m.how += "; the minister named last";
            }
            break;
          }
      // "hurled stones at police ..., and officers fired tear gas": officers after the
      // police are police officers, when no soldiers were named since the sentence before.
      if (s.lang == "en"_lit && m.kind == ActorKind::kSector && m.sector == "MIL"_lit &&
          (m.entity == "officers"_lit || m.entity == "officer"_lit)) {
        // (Officers of a unit are of the one state whose police this sentence named: "Kenyan
        // police said that officers of the Rural Border Patrol Unit had killed".)
        bool police = false, army = false;
        std::set<std::string> police_states;
        int police_at = -1;
        for (int j = static_cast<int>(i) - 1; j <= static_cast<int>(i); ++j) {
          if (j < 0) continue;
          const auto& list = per_sentence[j];
          for (size_t q = 0; q < (j == static_cast<int>(i) ? k : list.size()); ++q) {
            const std::string_view sector = list[q].code.size() >= 6 ? std::string_view(list[q].code).substr(3, 3)
                                                                      : std::string_view(list[q].sector);
            police |= sector == "COP"_lit;
            army |= sector == "MIL"_lit;
            if (sector == "COP"_lit && list[q].has_country() && j == static_cast<int>(i)) {
              police_states.insert(list[q].code.substr(0, 3));
              police_at = static_cast<int>(q);
            }
          }
        }
        if (police && !army) {
          m.sector = m.code = "COP";
          m.how += "; police named before";
          if (police_states.size() == 1 && m.last < s.tokens.size() &&
              s.tokens[m.last].norm == "of"_lit) {
            m.code = *police_states.begin() + m.sector;
            m.kind = ActorKind::kCoref;
            m.antecedent_sentence = static_cast<int>(i);
            m.antecedent_index = police_at;
          }
        }
      }
      // "Kenyan police and soldiers": a state's force named bare, joined by "and" right
      // after a nationality's force, shares the nationality. (Not the other side of a
      // fight, "Mexican state police and gunmen", nor a force of someone else's, "and
      // commanders of a separatist faction".)
      const auto state_force = [](std::string_view sector) {
        return sector == "COP"_lit || sector == "MIL"_lit || sector == "SPY"_lit;
      };
      if (s.lang == "en"_lit && m.kind == ActorKind::kSector && !m.has_country() && k > 0 &&
          m.first >= 1 && s.tokens[m.first - 1].norm == "and"_lit &&
          ms[k - 1].last + 1 == m.first && ms[k - 1].how == "country+sector"_lit &&
          ms[k - 1].code.size() == 6 && ms[k - 1].group.empty() && state_force(m.sector) &&
          state_force(std::string_view(ms[k - 1].code).substr(3)) &&
          !(m.last < s.tokens.size() &&
            (s.tokens[m.last].norm == "of"_lit || s.tokens[m.last].norm == "loyal"_lit))) {
        m.code = ms[k - 1].code.substr(0, 3) + m.sector;
        m.how = "coref: " + m.entity + " -> " + m.code + " (the nationality of " +
                ms[k - 1].entity + ")";
        m.kind = ActorKind::kCoref;
        m.antecedent_sentence = static_cast<int>(i);
        m.antecedent_index = static_cast<int>(k - 1);
      }
      // "the local authorities", "السلطات المحلية": those of the state where it happened,
      // the last one named bare in this sentence ("kidnapped four Chinese workers in the
      // Central African Republic, and the Chinese embassy urged the local authorities").
      const bool local = m.kind == ActorKind::kSector && lex.IsInstitution(s.lang, m.entity) &&
                         ((m.last < s.tokens.size() && (s.tokens[m.last].norm == "المحليه"_lit ||
                                                        s.tokens[m.last].norm == "المحلي"_lit)) ||
                          (m.first > 0 && s.tokens[m.first - 1].norm == "local"_lit));
      if (local)
        for (size_t q = k; q-- > 0;)
          // (Or a nationality left bare, of a place or thing: "في إقليم كوبربلت الزامبي،
          // ... على يد الشرطة المحلية".)
          if ((ms[q].kind == ActorKind::kCountry || ms[q].kind == ActorKind::kCapital ||
               ms[q].kind == ActorKind::kCity || ms[q].kind == ActorKind::kAdj) &&
              IsStateCode(ms[q].code) && ms[q].code.size() == 3) {
            m.code = ms[q].code + m.sector;
            m.how = "coref: " + m.entity + " -> " + m.code + " (local: " + ms[q].entity + ")";
            m.antecedent_sentence = static_cast<int>(i);
            m.antecedent_index = static_cast<int>(q);
            m.kind = ActorKind::kCoref;
            break;
          }
      // "رفضت ... طلباً روسياً", "مطالبة تركية جديدة": a request of a nationality is its
      // government's, as the held-out gold codes seven in ten (a proposal, "مقترحاً
      // سعودياً", stays the state's, as it codes four in five).
      // (Its accusative may read as the state's name: "طلباً روسياً".)
      if (s.lang == "ar"_lit && (m.kind == ActorKind::kAdj || m.kind == ActorKind::kCountry) &&
          m.code.size() == 3 && IsStateCode(m.code) && m.first > 0) {
        static constexpr std::string_view kRequests[] = {
            "\u0637\u0644\u0628\u0627",               // طلبا
            "\u0645\u0637\u0627\u0644\u0628\u0647"};  // مطالبه
        const std::string_view before = s.tokens[m.first - 1].norm;
        if (std::any_of(std::begin(kRequests), std::end(kRequests),
                        [&](std::string_view w) { return before == w; })) {
          m.code += "GOV";
          m.how += "; a request of a nationality: its government's";
        }
      }
      // "الإدارة الانتقالية لإقليم تيغراي الإثيوبي": a body of a region, the region named
      // with its state's nationality, is that state's.
      if (s.lang == "ar"_lit && m.kind == ActorKind::kSector && !m.has_country() &&
          k + 1 < ms.size() && ms[k + 1].kind == ActorKind::kAdj && ms[k + 1].code.size() == 3 &&
          IsStateCode(ms[k + 1].code) && ms[k + 1].first > m.last &&
          ms[k + 1].first <= m.last + 4) {
        static constexpr std::string_view kRegions[] = {
            "\u0644\u0627\u0642\u0644\u064A\u0645",         // لاقليم
            "\u0644\u0648\u0644\u0627\u064A\u0647",         // لولايه
            "\u0644\u0645\u0646\u0637\u0642\u0647",         // لمنطقه
            "\u0644\u0645\u0642\u0627\u0637\u0639\u0647",   // لمقاطعه
            "\u0644\u0645\u062D\u0627\u0641\u0638\u0647"};  // لمحافظه
        // (Past an adjective of the body's own: "الانتقالية".)
        const bool region =
            std::any_of(s.tokens.begin() + static_cast<long>(m.last),
                        s.tokens.begin() + static_cast<long>(ms[k + 1].first), [&](const Token& t) {
                          return std::any_of(std::begin(kRegions), std::end(kRegions),
                                             [&](std::string_view w) { return t.norm == w; });
                        });
        const bool plain = std::all_of(s.tokens.begin() + static_cast<long>(m.last),
                                       s.tokens.begin() + static_cast<long>(ms[k + 1].first),
                                       [](const Token& t) { return t.word; });
        if (region && plain) {
          m.code = ms[k + 1].code + m.sector;
          m.how =
              "coref: " + m.entity + " -> " + m.code + " (of a region of " + ms[k + 1].entity + ")";
          m.kind = ActorKind::kCoref;
          m.antecedent_sentence = static_cast<int>(i);
          m.antecedent_index = static_cast<int>(k + 1);
        }
      }
      // "محمد بن زايد آل نهيان، رئيس الدولة": a bare title set off by a comma right after
      // a person of the same sector is that person's, in apposition. (The rest of the
      // name may stand between: "آل نهيان".)
      if (s.lang == "ar"_lit && m.kind == ActorKind::kSector && !m.has_country() && k > 0 && m.first >= 2 &&
          IsComma(s.tokens[m.first - 1]) && ms[k - 1].kind == ActorKind::kPerson && ms[k - 1].last + 4 >= m.first &&
          std::none_of(s.tokens.begin() + static_cast<long>(ms[k - 1].last), s.tokens.begin() + static_cast<long>(m.first - 1),
                       [](const Token& t) { return !t.word; }) &&
          HasCountry(ms[k - 1]) && ms[k - 1].code.size() == 6 && ms[k - 1].code.substr(3, 3) == m.sector) {
        m.code = ms[k - 1].code;
        m.kind = ActorKind::kCoref;
        m.how = "apposition: " + m.entity + " -> " + m.code + " (" + ms[k - 1].entity + ")";
        m.antecedent_sentence = static_cast<int>(i);
        m.antecedent_index = static_cast<int>(k - 1);
      }
      // "فخامة الرئيس جون ماهاما رئيس جمهورية غانا": a title after a style of address
      // introduces the person named next, not one named before; it is of the state
      // the rest of its own clause names with the same sector.
      const bool styled = m.kind == ActorKind::kSector && !m.has_country() && s.lang == "ar"_lit && m.first > 0 &&
                          StyleOfAddress(s.tokens[m.first - 1].norm);
      if (styled) {
        for (size_t q = k + 1; q < ms.size() && ms[q].first <= m.last + 8; ++q) {
          if (std::any_of(s.tokens.begin() + static_cast<long>(m.last), s.tokens.begin() + static_cast<long>(ms[q].first),
                          [](const Token& t) { return IsComma(t); }))
            break;
          if (HasCountry(ms[q]) && ms[q].group.empty() && ms[q].code.size() == 6 &&
              ms[q].code.substr(3, 3) == m.sector) {
            m.code = ms[q].code;
            m.kind = ActorKind::kCoref;
            m.how = "style + coref: " + m.entity + " -> " + m.code + " (" + ms[q].entity + ", after it)";
            break;
          }
        }
        if (!m.has_country()) m.how += "; after a style of address, no coref";
      }
      if (m.kind == ActorKind::kSector && lex.IsInstitution(s.lang, m.entity) &&
          Definite(s, m.first) && !styled) {
        // The referent is the most salient state of the nearest sentence that names
        // one: its subject (first state mention) when that is a bare state or has this
        // sector, else a mention with this sector, else the subject's state. Earlier
        // mentions of the same sentence come first. Three sentences back at most.
        const ActorMention* ref = nullptr;
        int ref_sentence = -1, ref_index = -1;
        std::string code;
        for (int j = static_cast<int>(i); j >= 0 && j >= static_cast<int>(i) - 3 && !ref; --j) {
          const auto& list = per_sentence[j];
          const size_t limit = j == static_cast<int>(i) ? k : list.size();
          int subject = -1, same = -1;
          for (size_t q = 0; q < limit; ++q) {
            const ActorMention& a = list[q];
            if (!HasCountry(a) || !a.group.empty()) continue;
            if (subject < 0) subject = static_cast<int>(q);
            if (same < 0 && a.code.size() > 3 && a.code.substr(3, 3) == m.sector)
              same = static_cast<int>(q);
          }
          if (subject < 0) continue;
          const ActorMention& sub = list[subject];
          int pick = subject;
          if (sub.code.size() > 3 && sub.code.substr(3, 3) != m.sector && same >= 0) pick = same;
          ref = &list[pick];
          ref_sentence = j;
          ref_index = pick;
          // (A party is not the government it sits in: "the government" after Likud is
          // ISRGOV, not ISRGOVPTY.)
          code = ref->code.size() > 3 && ref->code.substr(3, 3) == m.sector && !ref->code.ends_with("PTY")
                     ? ref->code
                     : ref->code.substr(0, 3) + m.sector;
        }
        if (ref) {
          m.code = code;
          m.how = "coref: " + m.entity + " -> " + code + " (" + ref->entity + ", sentence " +
                  std::to_string(ref_sentence) + ")";
          m.antecedent_sentence = ref_sentence;
          m.antecedent_index = ref_index;
          m.kind = ActorKind::kCoref;
        } else {
          std::set<std::string> states;
          for (const auto& r : seen) states.insert(state_of(r));
          if (states.size() == 1) {
            m.code = *states.begin() + m.sector;
            m.how = "coref: " + m.entity + " -> " + m.code + " (the only state named before)";
            m.antecedent_sentence = seen.back().sentence;
            m.antecedent_index = seen.back().index;
            m.kind = ActorKind::kCoref;
          }
        }
      }
      // (A capital or city opening a quoted name names a palace, hotel or operation, no
      // state to refer back to: "قصر «إستانا نور الإيمان»".)
      const bool quoted_place =
          TownKind(m.kind) && m.first > 0 && IsDoubleQuote(s.tokens[m.first - 1]);
      if (HasCountry(m) && m.group.empty() && !quoted_place)
        seen.push_back({static_cast<int>(i), static_cast<int>(k)});
      if (m.has_country() && !m.place && IsArmedGroupCode(m.code))
        armed.push_back({static_cast<int>(i), static_cast<int>(k)});
      if (m.kind != ActorKind::kAnaphor && (m.code.starts_with("NGO") || m.code.starts_with("IGO")))
        bodies.push_back({static_cast<int>(i), static_cast<int>(k)});
      if (m.kind != ActorKind::kAnaphor && m.has_country() &&
          m.code.find("PTY") != std::string::npos)
        parties.push_back({static_cast<int>(i), static_cast<int>(k)});
    }
    std::sort(drop.begin(), drop.end());
    drop.erase(std::unique(drop.begin(), drop.end()), drop.end());
    for (auto d = drop.rbegin(); d != drop.rend(); ++d) {
      ms.erase(ms.begin() + static_cast<long>(*d));
      // Later references in this sentence were recorded by index: shift them.
      for (auto* refs : {&seen, &armed, &bodies, &parties})
        for (auto& r : *refs)
          if (r.sentence == static_cast<int>(i) && r.index > static_cast<int>(*d)) --r.index;
      for (auto& m : ms)
        if (m.antecedent_sentence == static_cast<int>(i) &&
            m.antecedent_index > static_cast<int>(*d))
          --m.antecedent_index;
    }
    for (size_t k = 0; k < ms.size(); ++k)
      if (std::string name = SurnameOf(s, ms[k]); !name.empty())
        surnames.emplace_back(std::move(name), Ref{static_cast<int>(i), static_cast<int>(k)});
  }
}

}  // namespace dyad

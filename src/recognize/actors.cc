#include "recognize/actors.h"

#include "text/arabic.h"

namespace dyad {
namespace {

struct Item {
  size_t first, last;
  bool sector;
  uint32_t id;
};

// Role bounds as comparable strings: "2018" starts on 2018-01-01 and ends 2018-12-31.
std::string From(const std::string& d) { return d.size() == 4 ? d + "-01-01" : d; }
std::string To(const std::string& d) { return d.empty() ? "9999-12-31" : d.size() == 4 ? d + "-12-31" : d; }

bool Capitalised(const Token& t) { return t.capital || IsArabicScript(t.norm) || !t.word; }

bool NeedsCapital(const std::string& lang) { return lang != "ar" && lang != "fa" && lang != "ur" && lang != "he"; }

// Resolves a name to the code it has on the document's date.
void Resolve(const ActorLexicon& lex, uint32_t id, const std::string& date, ActorMention* m) {
  const ActorEntry& e = lex.entry(id);
  m->kind = e.kind;
  m->entity = e.surface;
  if (e.kind != "person") {
    m->code = e.kind == "adj" || e.kind == "country" ? e.code.substr(0, 3) : e.code;
    m->how = "name";
    return;
  }
  const ActorEntry* latest = nullptr;
  for (uint32_t alt : lex.Alternatives(id)) {
    const ActorEntry& r = lex.entry(alt);
    if (!date.empty() && From(r.from) <= date && date <= To(r.to)) {
      m->code = r.code;
      m->how = "role " + r.from + ".." + r.to;
      return;
    }
    if (!latest || To(r.to) > To(latest->to)) latest = &r;
  }
  if (date.empty()) {
    m->code = latest->code;
    m->how = "latest role (no document date)";
  } else {
    // Outside every known role: the person's country only.
    m->code = latest->code.substr(0, 3);
    m->how = "no role on " + date;
  }
}

bool IsWord(const Token& t, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (t.norm == w) return true;
  return false;
}

// Titles and names that stand side by side name one actor: "Russian President
// Vladimir Putin", "الرئيس التركي رجب طيب أردوغان", "Foreign ministry spokeswoman Maria
// Zakharova". Adjacent mentions merge when they agree on the country, or when one of
// them has none (a bare sector title); the merged mention keeps the most specific code.
std::vector<ActorMention> MergeAppositions(std::vector<ActorMention> in, const std::vector<Token>& tokens) {
  std::vector<ActorMention> out;
  for (auto& m : in) {
    if (!out.empty()) {
      ActorMention& prev = out.back();
      const bool adjacent = prev.last == m.first;
      const bool titled = prev.kind == "composed" || prev.kind == "sector" || m.kind == "person";
      const std::string pc = prev.has_country() ? prev.code.substr(0, 3) : "";
      const std::string mc = m.has_country() ? m.code.substr(0, 3) : "";
      const bool agree = pc.empty() || mc.empty() || pc == mc;
      const bool names = prev.kind != "adj" && m.kind != "adj" && prev.kind != "country" && m.kind != "country";
      if (adjacent && titled && agree && names && (prev.kind == "sector" || m.kind != "sector")) {
        const ActorMention* best = &prev;
        auto rank = [](const ActorMention& a) {
          return (a.has_country() ? 100 : 0) + static_cast<int>(a.code.size()) * 2 + (a.kind == "person" ? 1 : 0);
        };
        if (rank(m) > rank(prev)) best = &m;
        ActorMention merged = *best;
        merged.first = prev.first;
        merged.last = m.last;
        merged.span = {tokens[prev.first].span.begin, tokens[m.last - 1].span.end};
        merged.entity = prev.entity + " + " + m.entity;
        merged.how = best->how + "; apposition";
        prev = merged;
        continue;
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

std::vector<ActorMention> RecognizeActors(const Sentence& s, const ActorLexicon& lex,
                                          const std::string& doc_date) {
  const auto& tokens = s.tokens;
  const PhraseIndex& names = lex.Names(s.lang);
  const PhraseIndex& sectors = lex.Sectors(s.lang);
  const bool need_capital = NeedsCapital(s.lang);
  const bool arabic_script = s.lang == "ar" || s.lang == "fa" || s.lang == "ur";
  std::vector<Item> items;
  for (size_t i = 0; i < tokens.size();) {
    PhraseMatch n = names.MatchAt(tokens, i);
    if (n.found() && need_capital && !Capitalised(tokens[i])) n = {};
    PhraseMatch sec = sectors.MatchAt(tokens, i);
    if (n.found() && n.end >= sec.end) {
      items.push_back({n.begin, n.end, false, n.payload});
      i = n.end;
    } else if (sec.found()) {
      items.push_back({sec.begin, sec.end, true, sec.payload});
      i = sec.end;
    } else {
      ++i;
    }
  }
  std::vector<ActorMention> out;
  std::vector<bool> used(items.size(), false);
  auto country_like = [&](const Item& it) {
    if (it.sector) return false;
    const std::string& k = lex.entry(it.id).kind;
    return k == "country" || k == "adj" || k == "capital";
  };
  auto mention = [&](size_t first, size_t last) {
    ActorMention m;
    m.first = first;
    m.last = last;
    m.span = {tokens[first].span.begin, tokens[last - 1].span.end};
    return m;
  };
  for (size_t k = 0; k < items.size(); ++k) {
    if (used[k]) continue;
    const Item& it = items[k];
    if (!it.sector) {
      // Country + sector: "Azerbaijani police", "Russia's foreign ministry",
      // "Russian state media" (one word between).
      // Arabic and Persian put the nationality after the noun ("الشرطة الروسية");
      // a name before a sector word there belongs to another phrase.
      if (country_like(it) && !arabic_script && k + 1 < items.size() && items[k + 1].sector) {
        const Item& sec = items[k + 1];
        const size_t gap = sec.first - it.last;
        const bool possessive = gap == 1 && tokens[it.last].norm == "'s";
        if (gap == 0 || possessive || (gap == 1 && tokens[it.last].word)) {
          ActorMention m = mention(it.first, sec.last);
          m.code = lex.entry(it.id).code.substr(0, 3) + lex.sector(sec.id).sector;
          m.kind = "composed";
          m.entity = lex.entry(it.id).surface + " + " + lex.sector(sec.id).surface;
          m.how = "country+sector";
          out.push_back(m);
          used[k] = used[k + 1] = true;
          continue;
        }
      }
      ActorMention m = mention(it.first, it.last);
      Resolve(lex, it.id, doc_date, &m);
      out.push_back(m);
      used[k] = true;
      continue;
    }
    // Sector + country: "الشرطة الروسية", "police of Azerbaijan", "police in Baku".
    if (k + 1 < items.size() && country_like(items[k + 1])) {
      const Item& c = items[k + 1];
      size_t gap = c.first - it.last;
      size_t g = it.last;
      if (gap >= 1 && IsWord(tokens[g], {"of", "in", "from", "في", "فى"})) ++g, --gap;
      if (gap >= 1 && IsWord(tokens[g], {"the"})) ++g, --gap;
      // Arabic puts other adjectives between noun and nationality
      // ("وكالة الأنباء الحكومية الروسية": the state news agency, Russian).
      if (gap == 1 && IsArabicScript(tokens[g].norm)) --gap;
      if (gap == 0) {
        ActorMention m = mention(it.first, c.last);
        m.code = lex.entry(c.id).code.substr(0, 3) + lex.sector(it.id).sector;
        m.kind = "composed";
        m.entity = lex.sector(it.id).surface + " + " + lex.entry(c.id).surface;
        m.how = "sector+country";
        out.push_back(m);
        used[k] = used[k + 1] = true;
        continue;
      }
    }
    ActorMention m = mention(it.first, it.last);
    m.code = lex.sector(it.id).sector;
    m.kind = "sector";
    m.entity = lex.sector(it.id).surface;
    m.how = "sector without country";
    out.push_back(m);
    used[k] = true;
  }
  return MergeAppositions(out, tokens);
}

}  // namespace dyad

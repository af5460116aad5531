#include "lexicon/trigger_lexicon.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "lexicon/tsv.h"
#include "text/arabic.h"

namespace dyad {
namespace {

// "triggers.en.tsv" -> "en"
std::string LangOfFile(const std::string& path, std::string_view prefix) {
  std::string name = std::filesystem::path(path).filename().string();
  name = name.substr(prefix.size());
  return name.substr(0, name.find('.'));
}

// The jussive forms of a present-tense Arabic verb (normalised): a final ي dropped
// (تستدعي → تستدع), or a long middle vowel dropped (تدين → تدن, يقول → يقل). Empty for
// words that are not present-tense verbs of four letters or more.
std::vector<std::string> ArabicJussiveForms(const std::string& w) {
  std::vector<std::string> out;
  if (!IsArabicScript(w) || w.size() < 8) return out;  // at least four letters
  const std::string_view sv(w);
  const bool present = sv.starts_with("\u064A") || sv.starts_with("\u062A") || sv.starts_with("\u0646");
  if (!present) return out;
  const std::string_view yeh = "\u064A", waw = "\u0648", alef = "\u0627";
  if (sv.ends_with(yeh)) out.emplace_back(sv.substr(0, sv.size() - 2));
  // A long vowel before the last letter: ...V C.
  // (Not in a form II verbal noun, ت C C ي C: "توقيف", "تسليم" are no verbs, and "توقف",
  // "تسلم" other words.)
  const std::string_view before_last = sv.substr(sv.size() - 4, 2);
  const bool verbal_noun_ii = sv.size() == 10 && sv.starts_with("\u062A") && before_last == yeh;
  if (w.size() >= 8 && !verbal_noun_ii && (before_last == yeh || before_last == waw || before_last == alef))
    out.push_back(std::string(sv.substr(0, sv.size() - 4)) + std::string(sv.substr(sv.size() - 2)));
  // (But not يقل / تقل, which are "is less" as well: "ما لا يقل عن 23 قتيلا" is a
  // count, no negated statement.)
  std::erase_if(out, [](const std::string& j) { return j == "\u064A\u0642\u0644" || j == "\u062A\u0642\u0644"; });
  return out;
}

// Present-tense forms (3rd person, masculine ي and feminine ت) of an Arabic verb
// listed in the past tense: the lexicon writes أفرجت / اعتقل / سلم, the news also says
// تفرج, يعتقل, ستسلم. Without vowels the present is the prefix plus the past stem
// (a leading alef of forms IV, VII, VIII, X dropped; a feminine ت ending dropped).
// Hollow and defective verbs get a wrong but harmless extra form.
std::vector<std::string> ArabicPresentForms(const std::string& w) {
  std::vector<std::string> out;
  if (!IsArabicScript(w)) return out;
  std::string_view stem(w);
  if (stem.starts_with("\u064A") || stem.starts_with("\u062A") || stem.starts_with("\u0646") ||
      stem.starts_with("\u0645"))
    return out;  // already present tense, or a participle / masdar with م
  if (stem.ends_with("\u062A") && stem.size() >= 8) stem.remove_suffix(2);  // أفرجت → أفرج
  if (stem.starts_with("\u0627") && stem.size() >= 8) stem.remove_prefix(2);  // افرج → فرج
  const size_t letters = stem.size() / 2;
  if (letters < 3 || letters > 5) return out;
  out.push_back("\u064A" + std::string(stem));
  out.push_back("\u062A" + std::string(stem));
  return out;
}

}  // namespace

constexpr int kArabicMaxGap = 5, kArabicSubjectGap = 7;

Result<std::shared_ptr<const TriggerLexicon>> TriggerLexicon::Load(const std::string& dir,
                                                                   const Ontology& ontology,
                                                                   std::vector<std::string>* problems,
                                                                   bool strict, std::string_view stem) {
  auto lex = std::make_shared<TriggerLexicon>();
  const size_t before = problems->size();
  const auto files = TsvFiles(dir, stem);
  if (files.empty()) return Status::Error(dir + ": no " + std::string(stem) + "<lang>.tsv files");
  for (const auto& file : files) {
    const std::string lang = LangOfFile(file, stem);
    auto& idx = lex->by_lang_[lang];
    // Arabic opens a clause with its verb: subject, time ("يوم السبت") and place sit
    // between the verb and its object, so its gaps are longer.
    if (!idx) idx = std::make_unique<PhraseIndex>(KeyMode::kStem, lang == "ar" ? kArabicMaxGap : PhraseIndex::kMaxGap,
                                                  lang == "ar" ? kArabicSubjectGap : 0);
    std::set<std::pair<std::string, std::string>> seen;
    // Generated verb forms go in after the file's own lines, so that a form written
    // out wins over one derived from another verb: "توعد" (threaten) is listed, and
    // is also the derived present of "وعد" (promise).
    std::vector<std::pair<std::vector<std::string>, uint32_t>> derived;
    Status s = ReadTsv(
        file,
        [&](const TsvLine& l) -> Status {
          if (l.fields.size() != 2) return Status::Error("expected code<TAB>pattern");
          const std::string code(l.fields[0]), pattern(l.fields[1]);
          // "-" marks a phrase that is no event although a shorter pattern inside it is
          // ("struck * high": prices, not an attack); being longer, it wins the match.
          if (code != kNotAnEvent && !ontology.Find(code))
            return Status::Error("unknown CAMEO code \"" + code + "\"");
          auto words = PhraseWords(pattern);
          if (words.empty()) return Status::Error("empty pattern");
          if (words.front() == "*" || words.back() == "*")
            return Status::Error("a pattern may not start or end with *");
          if (!seen.emplace(code, pattern).second) return Status::Error("duplicate line");
          std::vector<std::string> keys;
          int n = 0;
          for (const auto& w : words) {
            keys.push_back(w == "*" ? "*" : LexiconKey(lang, w, KeyMode::kStem));
            n += w != "*";
          }
          const uint32_t id = static_cast<uint32_t>(lex->entries_.size());
          lex->entries_.push_back(
              {code, pattern,
               lang + ":" + std::filesystem::path(file).filename().string() + ":" +
                   std::to_string(l.number),
               n});
          // Arabic verbs lose a weak letter in the jussive after لم ("لم تستدع", "لم
          // يلتق", "لم تدن"): index those forms of a present-tense first word too.
          std::vector<std::string> firsts = ArabicPresentForms(keys.front());
          for (const std::string& present : std::vector<std::string>(firsts))
            for (std::string& jussive : ArabicJussiveForms(present)) firsts.push_back(std::move(jussive));
          for (std::string& jussive : ArabicJussiveForms(keys.front())) firsts.push_back(std::move(jussive));
          for (std::string& first : firsts) {
            std::vector<std::string> alt = keys;
            alt.front() = std::move(first);
            derived.emplace_back(std::move(alt), id);
          }
          // English "V N" / "V * N" (N of one or more words, "summon * charge
          // d'affaires"): also "N * V", for "N was V-ed".
          const bool verb_object =
              keys.size() == 2 ||
              (keys.size() >= 3 && keys[1] == "*" && std::find(keys.begin() + 2, keys.end(), "*") == keys.end());
          // (Not when the first word is an auxiliary, "were released": it is passive
          // already, and turned it would read "release 17 herders who were arrested".)
          static const std::set<std::string_view> kAuxiliaries = {"was", "were", "been", "be", "is", "are"};
          if (lang == "en" && verb_object && stem == "triggers." && !kAuxiliaries.count(keys.front())) {
            auto& passive = lex->passive_by_lang_[lang];
            if (!passive) passive = std::make_unique<PhraseIndex>(KeyMode::kStem);
            std::vector<std::string> turned(keys.begin() + (keys.size() == 2 ? 1 : 2), keys.end());
            turned.push_back("*");
            turned.push_back(keys.front());
            passive->Add(std::move(turned), id);
          }
          idx->Add(std::move(keys), id);
          return Status();
        },
        problems);
    if (!s.ok()) return s;
    for (auto& [keys, id] : derived) idx->Add(std::move(keys), id);
  }
  if (strict && problems->size() > before) return Status::Error((*problems)[before]);
  return std::shared_ptr<const TriggerLexicon>(std::move(lex));
}

const PhraseIndex* TriggerLexicon::For(const std::string& lang) const {
  const auto* idx = by_lang_.Find(lang);
  return idx ? idx->get() : nullptr;
}

const PhraseIndex* TriggerLexicon::PassiveFor(const std::string& lang) const {
  const auto* idx = passive_by_lang_.Find(lang);
  return idx ? idx->get() : nullptr;
}

Result<std::shared_ptr<const GrammarWords>> GrammarWords::Load(
    const std::string& dir, const std::function<bool(std::string_view)>& known_kind,
    std::vector<std::string>* problems) {
  auto g = std::make_shared<GrammarWords>();
  for (const auto& file : TsvFiles(dir, "grammar.")) {
    const std::string lang = LangOfFile(file, "grammar.");
    Status s = ReadTsv(
        file,
        [&](const TsvLine& l) -> Status {
          if (l.fields.size() != 2) return Status::Error("expected kind<TAB>phrase");
          const std::string kind(l.fields[0]);
          if (!known_kind(kind)) return Status::Error("unknown kind \"" + kind + "\"");
          std::vector<std::string> keys;
          for (const auto& w : PhraseWords(l.fields[1]))
            keys.push_back(LexiconKey(lang, w, KeyMode::kNorm));
          auto& idx = g->by_lang_kind_[lang][kind];
          if (!idx) idx = std::make_unique<PhraseIndex>(KeyMode::kNorm);
          idx->Add(std::move(keys), 0);
          return Status();
        },
        problems);
    if (!s.ok()) return s;
  }
  return std::shared_ptr<const GrammarWords>(std::move(g));
}

const PhraseIndex* GrammarWords::Find(const std::string& lang, const std::string& kind) const {
  const auto* kinds = by_lang_kind_.Find(lang);
  const auto* idx = kinds ? kinds->Find(kind) : nullptr;
  return idx ? idx->get() : nullptr;
}

}  // namespace dyad

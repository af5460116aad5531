#include "text/langid.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cstring>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "core/utf8.h"
#include "text/chars.h"
#include "text/text_data.h"

namespace dyad {
namespace {

using chars::Script;

// Two-letter codes as numbers, so scoring switches instead of comparing strings.
constexpr uint16_t LangCode(std::string_view l) {
  return l.size() == 2 ? static_cast<uint16_t>((static_cast<unsigned char>(l[0]) << 8) | static_cast<unsigned char>(l[1]))
                       : 0;
}

// Languages dyad weighs for each script even when CLD2 does not name them.
struct ScriptLanguages {
  Script script;
  std::string_view name;
  std::vector<std::string_view> langs;  // the first is the default
};

const std::vector<ScriptLanguages>& Scripts() {
  static const std::vector<ScriptLanguages> k = {
      {chars::kLatin, "Latin",
       {"en", "fr", "de", "es", "pt", "gl", "it", "ca", "nl", "tr", "az", "pl", "ro", "cs", "sk",
        "sl", "hr", "bs", "sq", "hu", "fi", "et", "lv", "lt", "sv", "da", "no", "nb", "is", "ga",
        "cy", "eu", "ms", "id", "tl", "vi", "sw", "uz", "tk", "af", "mt", "lb"}},
      {chars::kCyrillic, "Cyrillic", {"ru", "uk", "bg", "be", "sr", "mk", "kk", "ky", "tg", "mn"}},
      {chars::kArabic, "Arabic", {"ar", "fa", "ur", "ps", "sd", "ug", "ku"}},
      {chars::kHebrew, "Hebrew", {"he", "yi"}},
      {chars::kGreek, "Greek", {"el"}},
      {chars::kArmenian, "Armenian", {"hy"}},
      {chars::kGeorgian, "Georgian", {"ka"}},
      {chars::kHan, "Han", {"zh", "ja"}},
      {chars::kKana, "Kana", {"ja"}},
      {chars::kHangul, "Hangul", {"ko"}},
      {chars::kThai, "Thai", {"th"}},
      {chars::kDevanagari, "Devanagari", {"hi", "mr", "ne"}},
  };
  return k;
}

const ScriptLanguages* ForScript(Script s) {
  for (const auto& sl : Scripts())
    if (sl.script == s) return &sl;
  return nullptr;
}

Script ScriptOfLang(std::string_view lang) {
  // Indexed by LangCode; built once.
  static const std::vector<Script> by_code = [] {
    std::vector<Script> t(1 << 16, chars::kCommon);
    for (const auto& sl : Scripts())
      for (std::string_view l : sl.langs) t[LangCode(l)] = sl.script;
    return t;
  }();
  return lang.size() == 2 ? by_code[LangCode(lang)] : chars::kCommon;
}

// Letter counts by script, letter cues and function-word hits: everything dyad's own
// judgement uses, gathered in one pass.
struct Profile {
  int letters = 0;
  int by_script[chars::kScriptCount] = {};
  // Cyrillic
  int uk_i = 0, uk_only = 0, ru_only = 0, hard_sign = 0, be_u = 0, sr_letters = 0, mk_letters = 0, kk_letters = 0;
  // Latin
  int schwa = 0, turkic = 0, qx = 0, spanish = 0, pt_tilde = 0, eszett = 0, a_umlaut = 0, o_u_umlaut = 0,
      fr_accents = 0, cedilla = 0;
  // Arabic script
  int ar_letters = 0, fa_ur_yeh_kaf = 0, fa_ur_letters = 0, ur_letters = 0, heh = 0, ps_letters = 0,
      ku_letters = 0;
  int yiddish = 0;
  // Letter cues other than q and x (which count for Azerbaijani only next to Turkic
  // letters): with none and no function words, no language scores above zero.
  int cue_letters = 0;
  bool has_words = false;  // AddWords ran
  int final_o_acute = 0;  // words ending in ó: the Spanish preterite (condenó, anunció)
  // Language → weight of its function words seen. A word counts 1.5 split among the
  // languages that share it, so "el" (Spanish, Catalan) says more than "de".
  std::vector<std::pair<uint16_t, double>> word_hits;  // by LangCode

  void Hit(uint16_t lang, double w) {
    for (auto& [l, n] : word_hits)
      if (l == lang) {
        n += w;
        return;
      }
    word_hits.emplace_back(lang, w);
  }
  double Hits(uint16_t lang) const {
    for (const auto& [l, n] : word_hits)
      if (l == lang) return n;
    return 0;
  }
};

void CountCue(char32_t c, Profile* p) {
  switch (c) {
    // Cyrillic
    case 0x0456: case 0x0406: ++p->uk_i; break;  // і (also Belarusian)
    case 0x0457: case 0x0407: case 0x0454: case 0x0404: case 0x0491: case 0x0490: ++p->uk_only; break;  // ї є ґ
    case 0x044B: case 0x042B: case 0x044D: case 0x042D: case 0x0451: case 0x0401: ++p->ru_only; break;  // ы э ё
    case 0x044A: case 0x042A: ++p->hard_sign; break;  // ъ: Russian (rare) and Bulgarian (frequent)
    case 0x045E: case 0x040E: ++p->be_u; break;  // ў
    case 0x0452: case 0x0402: case 0x045B: case 0x040B: case 0x045F: case 0x040F: case 0x0459:
    case 0x0409: case 0x045A: case 0x040A: case 0x0458: case 0x0408:
      ++p->sr_letters;  // ђ ћ џ љ њ ј
      break;
    case 0x0453: case 0x0403: case 0x045C: case 0x040C: case 0x0455: case 0x0405: ++p->mk_letters; break;
    case 0x04D9: case 0x04D8: case 0x0493: case 0x049B: case 0x04A3: case 0x04E9: case 0x04B1: case 0x04AF:
    case 0x04BB:
      ++p->kk_letters;
      break;
    // Latin
    case 0x0259: case 0x018F: ++p->schwa; break;  // ə Ə
    case 0x0131: case 0x0130: case 0x011F: case 0x011E: case 0x015F: case 0x015E: ++p->turkic; break;
    case 'q': case 'x': case 'Q': case 'X': ++p->qx; return;
    case 0x00F1: case 0x00D1: case 0x00BF: case 0x00A1: ++p->spanish; break;  // ñ ¿ ¡
    case 0x00E3: case 0x00F5: case 0x00C3: case 0x00D5: ++p->pt_tilde; break;  // ã õ
    case 0x00DF: ++p->eszett; break;
    case 0x00E4: case 0x00C4: ++p->a_umlaut; break;
    case 0x00F6: case 0x00FC: case 0x00D6: case 0x00DC: ++p->o_u_umlaut; break;
    case 0x00E8: case 0x00EA: case 0x00E0: case 0x00E2: case 0x00EE: case 0x00F4: case 0x00FB:
    case 0x00F9: case 0x00EB: case 0x0153: case 0x00C8: case 0x00CA: case 0x00C0: case 0x00C2:
    case 0x00CE: case 0x00D4: case 0x00DB: case 0x00D9: case 0x00CB: case 0x0152:
      ++p->fr_accents;  // è ê à â î ô û ù ë œ
      break;
    case 0x00E7: case 0x00C7: ++p->cedilla; break;
    // Arabic script
    case 0x0629: case 0x064A: case 0x0643: case 0x0649: ++p->ar_letters; break;  // ة ي ك ى
    case 0x06CC: case 0x06A9: ++p->fa_ur_yeh_kaf; break;  // ی ک
    case 0x067E: case 0x0686: case 0x0698: case 0x06AF: ++p->fa_ur_letters; break;  // پ چ ژ گ
    case 0x0679: case 0x0688: case 0x0691: case 0x06BA: case 0x06D2: case 0x06C1: case 0x06BE:
    case 0x06D3: case 0x06C3:
      ++p->ur_letters;  // ٹ ڈ ڑ ں ے ہ ھ
      break;
    case 0x0647: ++p->heh; break;
    case 0x067C: case 0x0681: case 0x0685: case 0x0689: case 0x0693: case 0x0696: case 0x069A:
    case 0x06AB: case 0x06BC: case 0x06CD: case 0x06D0:
      ++p->ps_letters;
      break;
    case 0x06D5: case 0x06CE: case 0x06C6: case 0x06B5: case 0x0695: case 0x06A4: ++p->ku_letters; break;
    // Hebrew script: Yiddish ligatures
    case 0x05F0: case 0x05F1: case 0x05F2: ++p->yiddish; break;
    default: return;
  }
  ++p->cue_letters;
}

// The code points below kCueTableSize (every one- and two-byte UTF-8 character) that
// CountCue counts, found by asking it: most letters of an Arabic sentence (and the q
// and x of an English one) are no cue, and are told so without running its switch.
constexpr char32_t kCueTableSize = 0x800;
const std::bitset<kCueTableSize>& CueLetters() {
  static const std::bitset<kCueTableSize> k = [] {
    std::bitset<kCueTableSize> t;
    for (char32_t c = 0; c < kCueTableSize; ++c) {
      Profile p;
      CountCue(c, &p);
      t[c] = p.cue_letters > 0 || p.qx > 0;
    }
    return t;
  }();
  return k;
}

constexpr int kMaxWords = 2000;   // function words looked up per text: plenty of evidence
constexpr size_t kMaxScan = 1 << 18;  // bytes of a long text profiled and given to CLD2

// What MakeProfile needs of each ASCII byte, read from the same table: 0 not a letter,
// 1 a Latin letter, 2 a Latin letter that is a cue (q, x), 3 anything else (read the
// slow way). Sentences are profiled one by one and most of their bytes are ASCII.
enum AsciiClass : uint8_t { kAsciiOther, kAsciiLatin, kAsciiLatinCue, kAsciiSlow };
const std::array<AsciiClass, 128>& AsciiClasses() {
  static const std::array<AsciiClass, 128> k = [] {
    std::array<AsciiClass, 128> t{};
    const chars::Info* table = chars::BmpTable();
    for (int c = 0; c < 128; ++c) {
      if (table[c].kind != chars::kLetter) continue;
      const bool cue = c == 'q' || c == 'x' || c == 'Q' || c == 'X';
      t[c] = table[c].script != chars::kLatin ? kAsciiSlow : cue ? kAsciiLatinCue : kAsciiLatin;
    }
    return t;
  }();
  return k;
}

// The AsciiClasses of a byte as counts to add up: bits 0-7 a Latin letter, 8-15 a cue
// letter, 16-23 a byte to read the slow way. Eight bytes' sum fits each field.
constexpr uint32_t kPackedLatin = 1, kPackedCue = 1u << 8, kPackedSlow = 1u << 16;
const std::array<uint32_t, 128>& PackedAsciiClasses() {
  static const std::array<uint32_t, 128> k = [] {
    std::array<uint32_t, 128> t{};
    for (int c = 0; c < 128; ++c) {
      const AsciiClass a = AsciiClasses()[c];
      t[c] = a == kAsciiSlow ? kPackedSlow : a == kAsciiLatinCue ? kPackedLatin | kPackedCue : a == kAsciiLatin ? kPackedLatin : 0;
    }
    return t;
  }();
  return k;
}

// Letters, scripts and letter cues of text.
Profile MakeProfile(std::string_view text) {
  Profile p;
  const chars::Info* table = chars::BmpTable();
  const std::array<AsciiClass, 128>& ascii = AsciiClasses();
  const std::array<uint32_t, 128>& packed = PackedAsciiClasses();
  const std::bitset<kCueTableSize>& cues = CueLetters();
  // ASCII letters are counted here and added once at the end (q and x as CountCue
  // would count them), so the loop keeps its counters in registers.
  int latin = 0, qx = 0;
  size_t i = 0;
  while (i < text.size()) {
    // Eight ASCII bytes at once, most of a Latin-script sentence: their counts summed
    // without a branch per byte (a chunk with a byte to read the slow way, or with a
    // byte beyond ASCII, goes on one byte at a time below). Tried at ASCII bytes only,
    // so that text in another script pays for it once per word, not per letter.
    if (static_cast<unsigned char>(text[i]) < 0x80 && i + 8 <= text.size()) {
      uint64_t v;
      std::memcpy(&v, text.data() + i, 8);
      if (!(v & 0x8080808080808080ull)) {
        uint32_t sum = 0;
        for (int k = 0; k < 8; ++k) sum += packed[(v >> (8 * k)) & 0x7F];
        if (sum < kPackedSlow) {
          latin += static_cast<int>(sum & 0xFF);
          qx += static_cast<int>((sum >> 8) & 0xFF);
          i += 8;
          continue;
        }
      }
    }
    if (const auto b = static_cast<unsigned char>(text[i]); b < 0x80 && ascii[b] != kAsciiSlow) {
      ++i;
      latin += ascii[b] != kAsciiOther;
      qx += ascii[b] == kAsciiLatinCue;
      continue;
    }
    const char32_t c = chars::Next(text, i);
    const chars::Info info = chars::Lookup(table, c);
    if (info.kind == chars::kLetter) {
      ++p.letters;
      ++p.by_script[info.script];
      if (c >= kCueTableSize || cues[c]) CountCue(c, &p);
    } else if (c == 0x00BF || c == 0x00A1) {
      CountCue(c, &p);
    }
  }
  p.letters += latin;
  p.by_script[chars::kLatin] += latin;
  p.qx += qx;
  return p;
}

// Adds the function words of text (the first kMaxWords words) to p: a second pass, made
// only when letters alone do not settle the language.
void AddWords(std::string_view text, Profile* p) {
  const chars::Info* table = chars::BmpTable();
  const TextData& data = TextData::Get();
  std::string word;
  int words = 0;
  auto end_word = [&]() {
    if (word.empty()) return;
    ++words;
    if (const auto* langs = data.LanguagesOfWord(word))
      for (const auto& l : *langs) p->Hit(LangCode(l), 1.5 / static_cast<double>(langs->size()));
    if (word.size() > 2 && word.ends_with("\u00F3")) ++p->final_o_acute;
    word.clear();
  };
  size_t i = 0;
  while (i < text.size() && words < kMaxWords) {
    const char32_t c = chars::Next(text, i);
    const chars::Info info = chars::Lookup(table, c);
    if (info.kind == chars::kLetter) {
      if (info.fold) chars::Append(info.fold, &word);
    } else if (info.kind != chars::kMark && info.kind != chars::kJoiner) {
      end_word();
    }
  }
  end_word();
  p->has_words = true;
}

std::string CldCode(CLD2::Language l) {
  std::string code = CLD2::LanguageCode(l);
  if (code == "iw") code = "he";
  if (const size_t dash = code.find('-'); dash != std::string::npos) code = code.substr(0, dash);
  return code;
}

struct CldResult {
  std::string lang[3];
  int percent[3] = {};
  bool reliable = false;
};

CldResult RunCld(std::string_view text) {
  CldResult r;
  if (text.size() > kMaxScan) {
    size_t cut = kMaxScan;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  const std::string buf = utf8::FirstInvalid(text) == std::string_view::npos ? std::string(text) : utf8::Repair(text);
  CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language lang3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0, valid_prefix = 0;
  CLD2::ExtDetectLanguageSummaryCheckUTF8(buf.data(), static_cast<int>(buf.size()), /*is_plain_text=*/true,
                                          &hints, 0, lang3, percent3, scores3, nullptr, &text_bytes,
                                          &r.reliable, &valid_prefix);
  for (int k = 0; k < 3; ++k) {
    r.lang[k] = lang3[k] == CLD2::UNKNOWN_LANGUAGE ? "un" : CldCode(lang3[k]);
    r.percent[k] = percent3[k];
  }
  return r;
}

double Capped(int n, int cap) { return static_cast<double>(std::min(n, cap)); }

// dyad's cue score for lang from letters and function words.
double CueScore(std::string_view lang, const Profile& p) {
  const uint16_t l = LangCode(lang);
  double s = std::min(p.Hits(l), 8.0);
  const int fa_ur = p.fa_ur_yeh_kaf + p.fa_ur_letters + p.ur_letters;
  switch (l) {
    case LangCode("uk"):
      s += 1.5 * Capped(p.uk_i + p.uk_only, 6);
      // Letters a language never writes speak against it (here and below).
      if (p.ru_only > 0 && p.uk_i + p.uk_only == 0) s -= 2.0;
      break;
    case LangCode("be"): s += 3.0 * Capped(p.be_u, 3) + 0.5 * Capped(p.uk_i, 6) + 0.5 * Capped(p.ru_only, 6); break;
    case LangCode("ru"):
      s += 1.5 * Capped(p.ru_only, 6) + 0.5 * Capped(p.hard_sign, 4);
      if (p.uk_i + p.uk_only > 0 && p.ru_only == 0) s -= 2.0;
      break;
    case LangCode("bg"): s += 1.0 * Capped(p.hard_sign, 4); break;
    case LangCode("sr"): s += 3.0 * Capped(p.sr_letters, 3); break;
    case LangCode("mk"): s += 3.0 * Capped(p.mk_letters, 3) + 1.0 * Capped(p.sr_letters, 3); break;
    case LangCode("kk"): s += 3.0 * Capped(p.kk_letters, 3); break;
    case LangCode("az"):
      s += 2.0 * Capped(p.schwa, 4) + 0.8 * Capped(p.turkic, 5) + 0.3 * Capped(p.o_u_umlaut, 5) +
           0.3 * Capped(p.cedilla, 3);
      // q and x are everyday Azerbaijani letters, but English has them too: they count
      // only next to Turkic letters.
      if (p.schwa + p.turkic > 0) s += 0.3 * Capped(p.qx, 5);
      break;
    case LangCode("tr"):
      s += 0.8 * Capped(p.turkic, 5) + 0.3 * Capped(p.o_u_umlaut, 5) + 0.3 * Capped(p.cedilla, 3);
      if (p.schwa > 0) s -= 1.0;
      break;
    case LangCode("es"): s += 2.5 * Capped(p.spanish, 3) + 0.8 * Capped(p.final_o_acute, 3); break;
    case LangCode("pt"): s += 2.5 * Capped(p.pt_tilde, 3) + 0.3 * Capped(p.cedilla, 3); break;
    case LangCode("de"): s += 2.5 * Capped(p.eszett, 2) + 0.8 * Capped(p.a_umlaut, 3) + 0.3 * Capped(p.o_u_umlaut, 5); break;
    case LangCode("fr"): s += 0.8 * Capped(p.fr_accents, 5) + 0.3 * Capped(p.cedilla, 3); break;
    case LangCode("ca"): s += 0.3 * Capped(p.cedilla, 3); break;
    // Arabic script: Arabic ي ك ة against Persian/Urdu ی ک, Urdu's own letters.
    case LangCode("ar"):
      s += 1.0 * Capped(p.ar_letters, 8) + 0.4 * Capped(p.heh, 8);
      if (p.ar_letters == 0 && fa_ur > 0) s -= 2.0;
      break;
    case LangCode("fa"):
      s += 1.0 * Capped(p.fa_ur_yeh_kaf, 8) + 0.5 * Capped(p.fa_ur_letters, 6) + 0.4 * Capped(p.heh, 8);
      if (fa_ur == 0 && p.ar_letters > 0) s -= 2.0;
      break;
    case LangCode("ur"):
      s += 1.0 * Capped(p.fa_ur_yeh_kaf, 8) + 0.5 * Capped(p.fa_ur_letters, 6) + 2.0 * Capped(p.ur_letters, 8);
      if (fa_ur == 0 && p.ar_letters > 0) s -= 2.0;
      break;
    case LangCode("ps"): s += 2.5 * Capped(p.ps_letters, 4); break;
    case LangCode("ku"): s += 2.5 * Capped(p.ku_letters, 4); break;
    case LangCode("yi"): s += 3.0 * Capped(p.yiddish, 3); break;
    default: break;
  }
  return s;
}

// Membership by two-letter code (cheaper than string compares, and this runs per sentence).
template <class V>
bool Contains(const V& v, std::string_view x) {
  const uint16_t code = LangCode(x);
  if (code == 0) return std::find(v.begin(), v.end(), x) != v.end();
  for (const auto& e : v)
    if (LangCode(e) == code) return true;
  return false;
}

// The best and second-best scores among pool: dyad's cues, CLD2's percentages when
// cld is given (weighted by its own reliability), and a small preference for the hint.
// Scores start at floor: a language must beat it to be ranked. Ties go to the earlier.
struct Ranking {
  double best, second;
  std::string_view lang;  // empty when no score beat floor
};

// CLD2's percentages sum to 100 or less: the most they add to one language.
constexpr double kCldWeight = 3.0;

Ranking Rank(const std::vector<std::string_view>& pool, const Profile& p, const CldResult* cld,
             std::string_view hint, double floor) {
  Ranking r{floor, floor, {}};
  for (std::string_view l : pool) {
    double s = CueScore(l, p);
    if (cld)
      for (int k = 0; k < 3; ++k)
        if (cld->lang[k] == l) s += (cld->reliable ? kCldWeight : kCldWeight / 2) * cld->percent[k] / 100.0;
    if (!hint.empty() && l == hint) s += 0.8;
    if (s > r.best) {
      r.second = r.best;
      r.best = s;
      r.lang = l;
    } else if (s > r.second) {
      r.second = s;
    }
  }
  return r;
}

}  // namespace

std::string_view ScriptOfLanguage(std::string_view lang) {
  const Script s = ScriptOfLang(lang);
  const ScriptLanguages* sl = ForScript(s);
  return sl ? sl->name : std::string_view();
}

LanguageGuess IdentifyLanguage(std::string_view text, const LanguageOptions& opts) {
  LanguageGuess g;
  text = text.substr(0, std::min(text.size(), kMaxScan));
  Profile p = MakeProfile(text);
  g.letters = p.letters;
  // The dominant script among letters.
  int best_script = 0, best_count = 0;
  for (int s = 1; s < chars::kScriptCount; ++s)
    if (p.by_script[s] > best_count) best_count = p.by_script[s], best_script = s;
  const auto script = static_cast<Script>(best_script);
  const bool hint_fits = !opts.hint.empty() && ScriptOfLang(opts.hint) == script;
  if (best_count == 0) {
    g.lang = opts.hint.empty() ? "un" : opts.hint;
    return g;
  }
  // Candidates: the script's languages, and what the caller expects in this script.
  // Views of static tables, of opts and of cld below, all alive for this call; kept in
  // per-thread vectors, since every sentence of a document is identified.
  auto is_likely = [&](std::string_view l) {
    const uint16_t code = LangCode(l);
    return std::any_of(opts.likely.begin(), opts.likely.end(),
                       [&](const std::string& x) { return LangCode(x) == code; });
  };
  thread_local std::vector<std::string_view> cands, allowed;
  cands.clear();
  allowed.clear();
  if (const ScriptLanguages* sl = ForScript(script)) cands = sl->langs;
  for (const auto& l : opts.likely)
    if (ScriptOfLang(l) == script && !Contains(cands, l)) cands.push_back(l);
  if (hint_fits && !Contains(cands, opts.hint)) cands.push_back(opts.hint);
  for (std::string_view l : cands)
    if (is_likely(l)) allowed.push_back(l);
  if (!allowed.empty() && (p.cue_letters > 0 || !p.word_hits.empty())) {
    // Letters and function words that clearly name another language of the script win
    // over the expectation: a Ukrainian quote in a Russian article, Persian in an Arabic
    // one. Weak cues do not, so a few foreign names leave a sentence in its document's
    // language. Function words are looked up only when the letters hint at something;
    // without a single cue letter (most English sentences) there is nothing to weigh.
    auto strongest_other = [&](double* best_allowed, std::string_view* other) {
      double best_other = 0;
      *best_allowed = 0;
      for (std::string_view l : cands) {
        const double cue = CueScore(l, p);
        if (is_likely(l)) {
          *best_allowed = std::max(*best_allowed, cue);
        } else if (cue > best_other) {
          best_other = cue;
          *other = l;
        }
      }
      return best_other;
    };
    double best_allowed = 0;
    std::string_view other;
    double best_other = strongest_other(&best_allowed, &other);
    if (best_other >= 2.0 && best_other >= best_allowed + 1.0) {
      AddWords(text, &p);
      best_other = strongest_other(&best_allowed, &other);
    }
    if (best_other >= 4.5 && best_other >= best_allowed + 3.0) {
      g.lang = other;
      g.reliable = true;
      return g;
    }
  }
  if (allowed.size() == 1) {
    // The script and the caller's expectation leave one answer: no need to ask CLD2.
    g.lang = allowed[0];
    g.reliable = true;
    return g;
  }
  const bool restricted = !allowed.empty();
  if (restricted) {
    // Between a few expected languages, letters and function words usually settle it
    // (a Turkish sentence has ı ğ ş, a French one le, la, des; an English quote has the,
    // of): ask CLD2 only when they do not. Letters first, then words.
    for (int pass = 0; pass < 2; ++pass) {
      if (pass == 1) {
        if (p.has_words) break;
        AddWords(text, &p);
      }
      const Ranking r = Rank(allowed, p, nullptr, hint_fits ? std::string_view(opts.hint) : std::string_view(), -1e9);
      if (r.best - r.second >= 2.0) {
        g.lang = r.lang;
        g.reliable = p.letters >= 20;
        return g;
      }
    }
  }
  if (!p.has_words) AddWords(text, &p);
  const std::string_view hint = hint_fits ? std::string_view(opts.hint) : std::string_view();
  if (!restricted) {
    // When dyad's cues put one candidate more than kCldWeight + 1 ahead of every other
    // (and of any language CLD2 could add to the pool, which scores its function words
    // at most), CLD2 can change neither the answer nor its reliability: an Arabic
    // article is told from Persian and Urdu by its letters alone.
    const Ranking cues = Rank(cands, p, nullptr, hint, -1);
    double others = cues.second;
    for (const auto& [l, n] : p.word_hits)
      if (l != LangCode(cues.lang)) others = std::max(others, std::min(n, 8.0));
    if (cues.best > 0 && cues.best - std::max(others, 0.0) > kCldWeight + 1.0) {
      g.lang = cues.lang;
      g.reliable = p.letters >= 20;
      return g;
    }
  }
  const CldResult cld = RunCld(text);
  if (!restricted) {
    // CLD2 may know a language of this script that dyad's table lacks (Tagalog, Welsh...).
    for (int k = 0; k < 3; ++k) {
      const std::string& l = cld.lang[k];
      if (l != "un" && cld.percent[k] > 0 && !Contains(cands, l) && ScriptOfLang(l) == chars::kCommon)
        cands.push_back(l);
    }
  }
  const std::vector<std::string_view>& pool = restricted ? allowed : cands;
  const Ranking r = Rank(pool, p, &cld, hint, -1);
  if (r.best <= 0) {
    // Nothing points anywhere: the hint, else the script's first language.
    g.lang = hint_fits ? opts.hint : (pool.empty() ? "un" : pool.front());
    return g;
  }
  g.lang = r.lang;
  g.reliable = p.letters >= 20 && r.best - std::max(r.second, 0.0) >= 1.0;
  return g;
}

namespace {

// A document's language is identified from a bounded sample of it, not the whole text:
// identification cost grows with the text (CLD2 is linear in it, and the longer the
// text the more often dyad's function-word cues tie and CLD2 must be asked at all), and
// on English news it was a fifth of all coding time. The sample is kSampleWindows
// windows of kSampleBytes / kSampleWindows bytes, the first at the start of the text,
// the last at its end and the others evenly between, each cut at UTF-8 and word
// boundaries; text of at most kSampleBytes is used whole, so sentences and short
// documents are identified exactly as before.
//
// Why this is safe (measured against whole-text identification): identical answers on
// every document of the en/ar/mix/mix7 benchmark corpora (bench/gen_corpus.py), the
// golden sets, the seeds, and 8,000 more generated news documents; 7 of
// the 186 eval pages (extraction and dates HTML) changed, each either to CLD2's own
// answer on the whole page (Italian, Polish, Catalan, Japanese pages the whole-text
// answer had as French, Portuguese, English) or from one wrong answer to another (a
// Czech and a Hungarian page): on long pages of languages without dyad function-word
// lists, the capped function-word hits of false friends ("a", "on", "de") outweigh CLD2
// and a short sample lets CLD2 be heard. Evenly spaced windows rather than a prefix
// give a mixed document a fair vote: on 1,000 generated English/Arabic documents the
// answer differed from the whole text's only where neither script had two thirds of
// the letters. What it costs: a sample of 512 bytes made document identification
// about ten times cheaper on the English corpus (0.017 s instead of 0.174 s for 2,000
// documents, one core); larger samples cost more than proportionally (768 bytes: 0.05 s)
// because more English function words collide with other languages' and CLD2 is asked
// more often, and answered no better.
constexpr size_t kSampleBytes = 512;
constexpr int kSampleWindows = 4;

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The sample described above; text itself when it is short enough.
std::string LanguageSample(std::string_view text) {
  if (text.size() <= kSampleBytes) return std::string(text);
  constexpr size_t kWindow = kSampleBytes / kSampleWindows;
  std::string out;
  out.reserve(kSampleBytes + kSampleWindows);
  for (int i = 0; i < kSampleWindows; ++i) {
    size_t b = (text.size() - kWindow) * i / (kSampleWindows - 1);
    size_t e = b + kWindow;
    if (b > 0) {  // start after a space; in unspaced scripts, at a character
      size_t s = b;
      while (s < e && !IsSpace(text[s - 1])) ++s;
      if (s < e) {
        b = s;
      } else {
        while (b < e && IsContinuation(text[b])) ++b;
      }
    }
    if (e < text.size()) {  // end at a space; in unspaced scripts, at a character
      size_t s = e;
      while (s > b && !IsSpace(text[s])) --s;
      if (s > b) {
        e = s;
      } else {
        while (e > b && IsContinuation(text[e])) --e;
      }
    }
    if (!out.empty()) out += '\n';
    out.append(text.substr(b, e - b));
  }
  return out;
}

}  // namespace

std::string DetectLanguage(std::string_view text, std::string_view hint) {
  if (text.empty()) return "un";
  LanguageOptions opts;
  opts.hint = std::string(hint);
  return IdentifyLanguage(LanguageSample(text), opts).lang;
}

}  // namespace dyad

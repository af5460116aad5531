#include "extract/date_parse.h"

#include <cstdio>
#include <ctime>
#include <unordered_map>
#include <vector>

#include "core/dates.h"
#include "core/utf8.h"

namespace dyad {
namespace {

// Month names and common abbreviations, lower-case, in the languages dyad reads and
// those of the news sites it meets most. Names that need a second word (Levantine
// Arabic "كانون الثاني") are handled in Tokenize.
const std::unordered_map<std::string, int>& MonthNames() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, int>;
    // clang-format off
    const char* const kNames[][13] = {
        // en
        {"", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
        {"", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
        {"", "", "", "", "", "", "", "", "", "sept", "", "", ""},
        // fr
        {"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
        {"", "janv", "févr", "", "avr", "", "", "juil", "aout", "", "", "", "déc"},
        {"", "", "fevrier", "", "", "", "", "", "", "", "", "", "decembre"},
        // es
        {"", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
        {"", "ene", "", "", "abr", "", "", "", "ago", "setiembre", "", "", "dic"},
        // pt
        {"", "janeiro", "fevereiro", "março", "", "maio", "junho", "julho", "", "setembro", "outubro", "", "dezembro"},
        {"", "", "fev", "marco", "", "mai", "", "", "", "set", "out", "", "dez"},
        // it
        {"", "gennaio", "febbraio", "", "aprile", "maggio", "giugno", "luglio", "", "settembre", "ottobre", "", "dicembre"},
        {"", "gen", "", "", "", "mag", "giu", "lug", "", "", "ott", "", ""},
        // de, nl, nordic
        {"", "januar", "februar", "märz", "", "", "juni", "juli", "", "", "oktober", "", "dezember"},
        {"", "jänner", "", "maerz", "", "", "", "", "", "", "okt", "", "dez"},
        {"", "januari", "februari", "maart", "", "mei", "", "", "augustus", "", "", "", ""},
        {"", "", "", "", "", "maj", "", "", "augusti", "", "", "", ""},
        // pl
        {"", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
        {"", "styczeń", "luty", "marzec", "kwiecień", "", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"},
        // cs
        {"", "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
        // hu
        {"", "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "", ""},
        {"", "", "febr", "márc", "ápr", "máj", "jún", "júl", "", "szept", "", "", ""},
        // ro
        {"", "ianuarie", "februarie", "martie", "aprilie", "", "iunie", "iulie", "", "septembrie", "octombrie", "noiembrie", "decembrie"},
        // hr, bs, sr (Latin)
        {"", "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"},
        {"", "", "februara", "mart", "", "", "juna", "jula", "augusta", "septembar", "oktobar", "novembar", "decembar"},
        {"", "januara", "", "marta", "aprila", "", "", "", "", "septembra", "oktobra", "novembra", "decembra"},
        // sq
        {"", "janar", "shkurt", "", "prill", "", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"},
        // fi
        {"", "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"},
        // tr
        {"", "ocak", "şubat", "", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
        {"", "", "subat", "", "", "mayis", "", "", "agustos", "eylul", "", "kasim", "aralik"},
        // az
        {"", "yanvar", "fevral", "", "aprel", "", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"},
        // id, ms
        {"", "", "", "maret", "", "", "", "", "agustus", "", "", "", "desember"},
        {"", "", "", "mac", "", "", "", "julai", "ogos", "", "", "", "disember"},
        // ru (genitive, nominative, abbreviations)
        {"", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
        {"", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
        {"", "янв", "фев", "мар", "апр", "", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"},
        {"", "", "февр", "", "", "", "", "", "", "сент", "", "нояб", ""},
        // uk
        {"", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
        // bg, mk
        {"", "януари", "февруари", "", "април", "", "юни", "юли", "", "септември", "октомври", "ноември", "декември"},
        {"", "јануари", "февруари", "", "", "мај", "јуни", "јули", "", "", "", "", ""},
        // sr (Cyrillic)
        {"", "јануар", "фебруар", "", "", "", "јун", "јул", "", "септембар", "октобар", "новембар", "децембар"},
        {"", "јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра", "новембра", "децембра"},
        // ar (Egyptian/Gulf forms), fa
        {"", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
        {"", "", "", "", "ابريل", "", "يونيه", "يوليه", "اغسطس", "", "اكتوبر", "", ""},
        {"", "", "", "", "إبريل", "", "", "", "", "", "", "", ""},
        // ar (Levantine, one-word months)
        {"", "", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "", "", ""},
        {"", "ژانویه", "فوریه", "", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"},
        // hi
        {"", "जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"},
        {"", "", "फरवरी", "", "", "", "", "", "", "सितम्बर", "अक्तूबर", "नवम्बर", "दिसम्बर"},
        // el (lower-case genitive)
        {"", "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"},
    };
    // clang-format on
    for (const auto& row : kNames)
      for (int m = 1; m <= 12; ++m)
        if (row[m][0]) t->emplace(row[m], m);
    return t;
  }();
  return *table;
}

// Words that may stand between the parts of a date ("7 de junio de 2020", "le 7").
bool IsFiller(const std::string& w) {
  static const char* const kFillers[] = {
      "de", "del", "of", "di", "the", "en",   "a",  "le",  "el",   "th",  "st",  "nd", "rd",
      "er", "e",   "º",  "o",  "г",   "года", "г.", "yil", "yılı", "den", "von", "im"};
  for (const char* f : kFillers)
    if (w == f) return true;
  return false;
}

char32_t Fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x130) return 'i';  // Turkish İ
  if (c >= 0x100 && c <= 0x17F && c % 2 == 0 && c != 0x138) return c + 1;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x391 && c <= 0x3A9) return c + 32;  // Greek capitals
  return c;
}

// A digit in any of the scripts news pages use, as 0-9; -1 when c is not a digit.
int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  for (char32_t zero : {0x660u, 0x6F0u, 0x966u, 0x9E6u, 0xFF10u})
    if (c >= zero && c <= zero + 9) return static_cast<int>(c - zero);
  return -1;
}

bool IsLetter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c < 0xC0) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c == 0x60C || c == 0x61B || c == 0x61F || c == 0x6D4) return false;  // Arabic punctuation
  return true;
}

enum class Kind { kNum, kMonth, kWord, kSep, kYearMark, kMonthMark, kDayMark };

struct Token {
  explicit Token(Kind k, int v = 0) : kind(k), value(v) {}
  Kind kind;
  int value = 0;   // number, or month 1-12
  int digits = 0;  // for numbers
  char sep = 0;    // for separators: the ASCII character, or ' '
  std::string word;
};

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    const char32_t c = utf8::Next(s, j);
    if (DigitValue(c) >= 0) {
      Token t(Kind::kNum);
      size_t k = i;
      while (k < s.size()) {
        size_t k2 = k;
        const int d = DigitValue(utf8::Next(s, k2));
        if (d < 0) break;
        if (t.digits < 9) t.value = t.value * 10 + d;
        ++t.digits;
        k = k2;
      }
      out.push_back(t);
      i = k;
      continue;
    }
    if (c == 0x5E74 || c == 0xB144) {  // 年 년
      out.emplace_back(Kind::kYearMark);
    } else if (c == 0x6708 || c == 0xC6D4) {  // 月 월
      out.emplace_back(Kind::kMonthMark);
    } else if (c == 0x65E5 || c == 0xC77C) {  // 日 일
      out.emplace_back(Kind::kDayMark);
    } else if (IsLetter(c)) {
      std::string w;
      size_t k = i;
      while (k < s.size()) {
        size_t k2 = k;
        const char32_t d = utf8::Next(s, k2);
        if (!IsLetter(d) || d == 0x5E74 || d == 0x6708 || d == 0x65E5 || d == 0xB144 ||
            d == 0xC6D4 || d == 0xC77C)
          break;
        utf8::Append(w, Fold(d));
        k = k2;
      }
      Token t(Kind::kWord);
      auto it = MonthNames().find(w);
      if (it != MonthNames().end()) {
        t.kind = Kind::kMonth;
        t.value = it->second;
      }
      t.word = std::move(w);
      // Levantine Arabic: كانون الثاني / الأول, تشرين الأول / الثاني.
      if (t.kind == Kind::kWord) {
        size_t prev = out.size();
        while (prev > 0 && out[prev - 1].kind == Kind::kSep && out[prev - 1].sep == ' ') --prev;
        if (prev > 0 && out[prev - 1].kind == Kind::kWord &&
            (out[prev - 1].word == "كانون" || out[prev - 1].word == "تشرين")) {
          const bool second = t.word == "الثاني" || t.word == "الثانى";
          const bool first = t.word == "الأول" || t.word == "الاول";
          if (first || second) {
            const bool kanun = out[prev - 1].word == "كانون";
            out.erase(out.begin() + static_cast<long>(prev), out.end());
            out.back() = Token(Kind::kMonth, kanun ? (second ? 1 : 12) : (second ? 11 : 10));
            i = k;
            continue;
          }
        }
      }
      out.push_back(std::move(t));
      i = k;
      continue;
    } else if (c < 0x80 && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
      Token t(Kind::kSep);
      t.sep = static_cast<char>(c);
      out.push_back(t);
    } else {
      // White space and other symbols: a plain separator (collapsed).
      if (out.empty() || out.back().kind != Kind::kSep || out.back().sep != ' ') {
        Token t(Kind::kSep);
        t.sep = ' ';
        out.push_back(t);
      }
    }
    i = j;
  }
  return out;
}

std::string Ymd(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  std::string s(buf);
  return IsValidDate(s) ? s : std::string();
}

// Index of the next token after i that is not a space, comma or filler word; tokens.size()
// when none. Stops at other separators, which it returns (the caller checks them).
size_t NextSignificant(const std::vector<Token>& t, size_t i, bool allow_fillers) {
  for (size_t k = i + 1; k < t.size(); ++k) {
    if (t[k].kind == Kind::kSep && (t[k].sep == ' ' || t[k].sep == ',' || t[k].sep == '.'))
      continue;
    if (allow_fillers && t[k].kind == Kind::kWord && IsFiller(t[k].word)) continue;
    return k;
  }
  return t.size();
}

bool IsNum(const std::vector<Token>& t, size_t i, int min_digits, int max_digits) {
  return i < t.size() && t[i].kind == Kind::kNum && t[i].digits >= min_digits &&
         t[i].digits <= max_digits;
}

bool IsDateSep(const Token& t) {
  return t.kind == Kind::kSep && (t.sep == '-' || t.sep == '/' || t.sep == '.');
}

// The date starting at token i, or empty.
std::string DateAt(const std::vector<Token>& t, size_t i, DayOrder order) {
  const size_t n = t.size();
  if (t[i].kind == Kind::kNum) {
    const int a = t[i].value;
    // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD (one separator kind throughout).
    if (t[i].digits == 4 && i + 4 < n && IsDateSep(t[i + 1]) && IsNum(t, i + 2, 1, 2) &&
        t[i + 3].kind == Kind::kSep && t[i + 3].sep == t[i + 1].sep && IsNum(t, i + 4, 1, 2))
      return Ymd(a, t[i + 2].value, t[i + 4].value);
    // YYYYMMDD alone.
    if (t[i].digits == 8) return Ymd(a / 10000, a / 100 % 100, a % 100);
    // YYYY年M月D日 / YYYY년 M월 D일.
    if (t[i].digits == 4) {
      size_t k = i + 1;
      auto skip_space = [&] {
        while (k < n && t[k].kind == Kind::kSep && t[k].sep == ' ') ++k;
      };
      skip_space();
      if (k < n && t[k].kind == Kind::kYearMark) {
        ++k, skip_space();
        if (IsNum(t, k, 1, 2)) {
          const int m = t[k].value;
          ++k, skip_space();
          if (k < n && t[k].kind == Kind::kMonthMark) {
            ++k, skip_space();
            if (IsNum(t, k, 1, 2)) return Ymd(a, m, t[k].value);
          }
        }
      }
      // YYYY. month D. (Hungarian) and YYYY month D.
      k = NextSignificant(t, i, false);
      if (k < n && t[k].kind == Kind::kMonth) {
        const size_t d = NextSignificant(t, k, false);
        if (IsNum(t, d, 1, 2)) return Ymd(a, t[k].value, t[d].value);
      }
      return {};
    }
    if (t[i].digits > 2) return {};
    // D.M.YYYY, D/M/YYYY, D-M-YYYY (month first when asked or when the day must be).
    if (i + 4 < n && IsDateSep(t[i + 1]) && IsNum(t, i + 2, 1, 2) && t[i + 3].kind == Kind::kSep &&
        t[i + 3].sep == t[i + 1].sep && IsNum(t, i + 4, 4, 4)) {
      const int b = t[i + 2].value, y = t[i + 4].value;
      const bool month_first = (order == DayOrder::kMonthFirst && a <= 12) || b > 12;
      return month_first ? Ymd(y, a, b) : Ymd(y, b, a);
    }
    // D month YYYY, D. month YYYY, D de month de YYYY.
    size_t k = NextSignificant(t, i, true);
    if (k < n && t[k].kind == Kind::kMonth) {
      const size_t y = NextSignificant(t, k, true);
      if (IsNum(t, y, 4, 4)) return Ymd(t[y].value, t[k].value, a);
    }
    return {};
  }
  if (t[i].kind == Kind::kMonth) {
    // Month D, YYYY and Month D YYYY.
    const size_t d = NextSignificant(t, i, true);
    if (IsNum(t, d, 1, 2)) {
      const size_t y = NextSignificant(t, d, true);
      if (IsNum(t, y, 4, 4)) return Ymd(t[y].value, t[i].value, t[d].value);
    }
  }
  return {};
}

}  // namespace

std::string ParseDate(std::string_view s, DayOrder order) {
  // A Unix timestamp (seconds or milliseconds) standing alone.
  {
    size_t a = 0, b = s.size();
    while (a < b && s[a] == ' ') ++a;
    while (b > a && s[b - 1] == ' ') --b;
    const std::string_view v = s.substr(a, b - a);
    if ((v.size() == 10 || v.size() == 13) &&
        v.find_first_not_of("0123456789") == std::string_view::npos) {
      std::time_t secs = static_cast<std::time_t>(std::stoll(std::string(v.substr(0, 10))));
      std::tm tm{};
      if (gmtime_r(&secs, &tm)) return Ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    }
  }
  const std::vector<Token> t = Tokenize(s);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != Kind::kNum && t[i].kind != Kind::kMonth) continue;
    std::string d = DateAt(t, i, order);
    if (!d.empty()) return d;
  }
  return {};
}

std::string DateInUrl(std::string_view url) {
  // Only the path: host names and query strings carry numbers that are not dates.
  size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : url.find('/', start + 3);
  if (start == std::string_view::npos) return {};
  std::string_view path = url.substr(start);
  if (size_t q = path.find_first_of("?#"); q != std::string_view::npos) path = path.substr(0, q);
  auto digits = [&](size_t i, size_t n) {
    if (i + n > path.size()) return -1;
    int v = 0;
    for (size_t k = i; k < i + n; ++k) {
      if (path[k] < '0' || path[k] > '9') return -1;
      v = v * 10 + (path[k] - '0');
    }
    return v;
  };
  for (size_t i = 0; i + 8 <= path.size(); ++i) {
    if (i > 0 && path[i - 1] >= '0' && path[i - 1] <= '9') continue;
    const int y = digits(i, 4);
    if (y < 1990 || y > 2199) continue;
    const char sep = i + 4 < path.size() ? path[i + 4] : 0;
    if (sep == '/' || sep == '-' || sep == '_') {
      // YYYY/MM/DD or YYYY/M/D with the same separator.
      size_t k = i + 5;
      int m = 0, d = 0, len = 0;
      while (k < path.size() && len < 3 && path[k] >= '0' && path[k] <= '9')
        m = m * 10 + (path[k++] - '0'), ++len;
      if (len == 0 || len > 2 || k >= path.size() || path[k] != sep) continue;
      ++k, len = 0;
      while (k < path.size() && len < 3 && path[k] >= '0' && path[k] <= '9')
        d = d * 10 + (path[k++] - '0'), ++len;
      if (len == 0 || len > 2) continue;
      if (k < path.size() && path[k] >= '0' && path[k] <= '9') continue;
      std::string r = Ymd(y, m, d);
      if (!r.empty()) return r;
    } else if (digits(i, 8) >= 0 &&
               (i + 8 == path.size() || path[i + 8] < '0' || path[i + 8] > '9')) {
      std::string r = Ymd(y, digits(i + 4, 2), digits(i + 6, 2));
      if (!r.empty()) return r;
    }
  }
  return {};
}

}  // namespace dyad

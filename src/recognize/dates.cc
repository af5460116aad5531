#include "recognize/dates.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>

#include "core/literal.h"
#include "core/word_set.h"
#include "text/arabic.h"
#include "text/normalize.h"

namespace dyad {

namespace {

// ---------------------------------------------------------------------------
// Civil calendar arithmetic (proleptic Gregorian; days since 1970-01-01).

int64_t ToDays(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Ymd {
  int64_t y;
  int m, d;
};

Ymd FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (m <= 2), m, d};
}

bool Leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int64_t y, int m) {
  static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && Leap(y) ? 29 : k[m - 1];
}

bool ValidYmd(int64_t y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

int Weekday(int64_t days) { return static_cast<int>(((days + 3) % 7 + 7) % 7); }  // Monday = 0

std::string Pad(int64_t v, int width) {
  // The usual case, a small non-negative number, without to_string and inserts.
  if (v >= 0 && v < 100000 && width <= 5) {
    char buf[5];
    int n = 0;
    for (int64_t x = v; n == 0 || x > 0; x /= 10) buf[4 - n++] = static_cast<char>('0' + x % 10);
    std::string s(static_cast<size_t>(std::max(width - n, 0)), '0');
    s.append(buf + 5 - n, static_cast<size_t>(n));
    return s;
  }
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

std::string Iso(const Ymd& x) {
  // The usual case, a four-digit year, written in place: every date found is written
  // several times (its begin, end and middle).
  if (x.y >= 0 && x.y <= 9999 && x.m >= 0 && x.m <= 99 && x.d >= 0 && x.d <= 99) {
    const auto digit = [](int64_t v) { return static_cast<char>('0' + v % 10); };
    const char out[10] = {digit(x.y / 1000), digit(x.y / 100), digit(x.y / 10), digit(x.y), '-',
                          digit(x.m / 10),   digit(x.m),       '-',             digit(x.d / 10), digit(x.d)};
    return std::string(out, sizeof out);
  }
  return Pad(x.y, 4) + "-" + Pad(x.m, 2) + "-" + Pad(x.d, 2);
}

enum class Calendar { kGregorian, kPersian, kHijri };

// A day of the Persian (Solar Hijri) or Islamic (Umm al-Qura) calendar as days since
// 1970-01-01, through ICU; nullopt when ICU does not accept it.
std::optional<int64_t> ConvertToDays(Calendar cal, int64_t y, int m, int d) {
  if (cal == Calendar::kGregorian) return ToDays(y, m, d);
  UErrorCode status = U_ZERO_ERROR;
  const char* locale = cal == Calendar::kPersian ? "fa_IR@calendar=persian" : "ar_SA@calendar=islamic-umalqura";
  std::unique_ptr<icu::Calendar> c(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                                                 icu::Locale(locale), status));
  if (U_FAILURE(status)) return std::nullopt;
  c->setLenient(false);
  c->clear();
  c->set(static_cast<int32_t>(y), m - 1, d);
  const UDate ms = c->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  return static_cast<int64_t>(ms / 86400000.0 + (ms < 0 ? -0.5 : 0.5));
}

// Days in a month of the given calendar (for month-precision spans).
int CalendarMonthDays(Calendar cal, int64_t y, int m) {
  if (cal == Calendar::kGregorian) return DaysInMonth(y, m);
  for (int d = 31; d >= 29; --d)
    if (ConvertToDays(cal, y, m, d)) return d;
  return 29;
}

// ---------------------------------------------------------------------------
// Words

std::string N(std::string_view w) { return NormalizeWord(w); }

// The normalised form of a word, or of the words of a phrase, written in this file,
// computed once per call site (a function-local static: thread-safe, and after the
// first call only a guard check): the scanner compares every token with dozens of them.
#define NL(literal) ([]() -> const std::string& { static const std::string kWord = NormalizeWord(literal); return kWord; }())
#define NLS(...)                                                           \
  ([]() -> const std::vector<std::string>& {                               \
    static const std::vector<std::string> kWords = NormalizeWords({__VA_ARGS__}); \
    return kWords;                                                         \
  }())
std::vector<std::string> NormalizeWords(std::initializer_list<std::string_view> words) {
  std::vector<std::string> out;
  for (std::string_view w : words) out.push_back(NormalizeWord(w));
  return out;
}

// An Arabic-script word without a leading conjunction و or ف (وفي, ففي), when at least
// two letters remain; any other word as it is.
std::string_view StripArabicConjunction(std::string_view w) {
  if (IsArabicScript(w) && w.size() >= 6 && StartsWithConjunction(w)) return w.substr(2);
  return w;
}

struct MonthWord {
  std::vector<std::string> words;  // normalised
  int month;
  Calendar cal;
  bool needs_number;  // also an ordinary word: only next to a day or year ("May", "تیر")
  bool prefix;        // inflected (Russian, Turkish): the token may continue the word
};

std::vector<MonthWord> BuildMonths(const std::vector<std::tuple<const char*, int, Calendar, bool>>& list,
                                   bool prefix) {
  std::vector<MonthWord> out;
  for (const auto& [text, month, cal, needs] : list) {
    MonthWord w;
    std::string_view rest(text);
    while (!rest.empty()) {
      const size_t sp = rest.find(' ');
      w.words.push_back(N(rest.substr(0, sp)));
      if (sp == std::string_view::npos) break;
      rest.remove_prefix(sp + 1);
    }
    w.month = month;
    w.cal = cal;
    w.needs_number = needs;
    w.prefix = prefix;
    out.push_back(std::move(w));
  }
  return out;
}

constexpr Calendar G = Calendar::kGregorian, P = Calendar::kPersian, H = Calendar::kHijri;

const std::vector<MonthWord>& EnglishMonths() {
  static const auto k = BuildMonths(
      {{"january", 1, G, false},  {"february", 2, G, false}, {"march", 3, G, true},
       {"april", 4, G, false},    {"may", 5, G, true},       {"june", 6, G, false},
       {"july", 7, G, false},     {"august", 8, G, false},   {"september", 9, G, false},
       {"october", 10, G, false}, {"november", 11, G, false}, {"december", 12, G, false},
       {"jan.", 1, G, false},     {"feb.", 2, G, false},     {"mar.", 3, G, false},
       {"apr.", 4, G, false},     {"jun.", 6, G, false},     {"jul.", 7, G, false},
       {"aug.", 8, G, false},     {"sep.", 9, G, false},     {"sept.", 9, G, false},
       {"oct.", 10, G, false},    {"nov.", 11, G, false},    {"dec.", 12, G, false}},
      false);
  return k;
}

// Arabic: the Egyptian/Gulf names, the Syriac names of the Levant and Iraq, the
// French-derived names of the Maghreb, and the Hijri months (used only with a year).
const std::vector<MonthWord>& ArabicMonths() {
  static const auto k = BuildMonths(
      {{"يناير", 1, G, false},       {"فبراير", 2, G, false},       {"مارس", 3, G, false},
       {"أبريل", 4, G, false},       {"إبريل", 4, G, false},        {"ابريل", 4, G, false},
       {"مايو", 5, G, false},        {"يونيو", 6, G, false},        {"يونيه", 6, G, false},
       {"يوليو", 7, G, false},       {"يوليه", 7, G, false},        {"أغسطس", 8, G, false},
       {"سبتمبر", 9, G, false},      {"أكتوبر", 10, G, false},      {"نوفمبر", 11, G, false},
       {"ديسمبر", 12, G, false},     {"كانون الثاني", 1, G, false}, {"شباط", 2, G, false},
       {"آذار", 3, G, false},        {"نيسان", 4, G, false},        {"أيار", 5, G, false},
       {"حزيران", 6, G, false},      {"تموز", 7, G, false},         {"آب", 8, G, true},
       {"أيلول", 9, G, false},       {"تشرين الأول", 10, G, false}, {"تشرين الثاني", 11, G, false},
       {"كانون الأول", 12, G, false}, {"جانفي", 1, G, false},       {"فيفري", 2, G, false},
       {"أفريل", 4, G, false},       {"ماي", 5, G, true},           {"جوان", 6, G, false},
       {"جويلية", 7, G, false},      {"أوت", 8, G, false},          {"يوليوز", 7, G, false},
       {"غشت", 8, G, false},         {"شتنبر", 9, G, false},        {"نونبر", 11, G, false},
       {"دجنبر", 12, G, false},      {"محرم", 1, H, true},          {"صفر", 2, H, true},
       {"ربيع الأول", 3, H, true},   {"ربيع الآخر", 4, H, true},    {"ربيع الثاني", 4, H, true},
       {"جمادى الأولى", 5, H, true}, {"جمادى الأول", 5, H, true},   {"جمادى الآخرة", 6, H, true},
       {"جمادى الثانية", 6, H, true}, {"رجب", 7, H, true},          {"شعبان", 8, H, true},
       {"رمضان", 9, H, true},        {"شوال", 10, H, true},         {"ذو القعدة", 11, H, true},
       {"ذي القعدة", 11, H, true},   {"ذو الحجة", 12, H, true},     {"ذي الحجة", 12, H, true}},
      false);
  return k;
}

// Persian: the solar months (with a day or year only: تیر, مهر, دی are also words)
// and the Gregorian months as Iranian media write them.
const std::vector<MonthWord>& PersianMonths() {
  static const auto k = BuildMonths(
      {{"فروردین", 1, P, true}, {"اردیبهشت", 2, P, true}, {"خرداد", 3, P, true},
       {"تیر", 4, P, true},     {"مرداد", 5, P, true},    {"امرداد", 5, P, true},
       {"شهریور", 6, P, true},  {"مهر", 7, P, true},      {"آبان", 8, P, true},
       {"آذر", 9, P, true},     {"دی", 10, P, true},      {"بهمن", 11, P, true},
       {"اسفند", 12, P, true},  {"ژانویه", 1, G, false},  {"فوریه", 2, G, false},
       {"مارس", 3, G, false},   {"آوریل", 4, G, false},   {"مه", 5, G, true},
       {"می", 5, G, true},      {"ژوئن", 6, G, false},    {"ژوئیه", 7, G, false},
       {"جولای", 7, G, false},  {"اوت", 8, G, false},     {"آگوست", 8, G, false},
       {"سپتامبر", 9, G, false}, {"اکتبر", 10, G, false}, {"نوامبر", 11, G, false},
       {"دسامبر", 12, G, false}},
      false);
  return k;
}

// Russian months by stem: "июнь", "июня", "июне" all start with "июн".
const std::vector<MonthWord>& RussianMonths() {
  static const auto k = BuildMonths(
      {{"январ", 1, G, false},  {"феврал", 2, G, false}, {"март", 3, G, false},
       {"апрел", 4, G, false},  {"июн", 6, G, false},    {"июл", 7, G, false},
       {"август", 8, G, false}, {"сентябр", 9, G, false}, {"октябр", 10, G, false},
       {"ноябр", 11, G, false}, {"декабр", 12, G, false}},
      true);
  return k;
}

const std::vector<MonthWord>& RussianMay() {
  static const auto k = BuildMonths({{"май", 5, G, false}, {"мая", 5, G, false}, {"мае", 5, G, false}}, false);
  return k;
}

// Turkish and Azerbaijani: case suffixes follow ("Haziran'da", "Haziranda").
const std::vector<MonthWord>& TurkicMonths() {
  static const auto k = BuildMonths(
      {{"ocak", 1, G, true},     {"şubat", 2, G, false},   {"mart", 3, G, false},
       {"nisan", 4, G, false},   {"mayıs", 5, G, false},   {"haziran", 6, G, false},
       {"temmuz", 7, G, false},  {"ağustos", 8, G, false}, {"eylül", 9, G, false},
       {"ekim", 10, G, true},    {"kasım", 11, G, true},   {"aralık", 12, G, true},
       {"yanvar", 1, G, false},  {"fevral", 2, G, false},  {"aprel", 4, G, false},
       {"may", 5, G, true},      {"iyun", 6, G, false},    {"iyul", 7, G, false},
       {"avqust", 8, G, false},  {"sentyabr", 9, G, false}, {"oktyabr", 10, G, false},
       {"noyabr", 11, G, false}, {"dekabr", 12, G, false}},
      true);
  return k;
}

// Words before a month or year that make it a date ("in June", "في حزيران", "в июне").
const WordSet& DateCues() {
  static const WordSet k = [] {
    WordSet s;
    for (const char* w : {"in", "since", "until", "till", "by", "from", "through", "during", "early",
                          "late", "mid", "last", "next", "this", "of", "before", "after", "between",
                          "and", "or", "to", "on", "throughout", "-",
                          "في", "منذ", "حتى", "خلال", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية",
                          "بداية", "شهر", "أواسط", "بحلول", "قبل", "بعد", "عام", "سنة", "العام",
                          "السنة", "و", "أو", "من", "الى", "إلى",
                          "در", "ماه", "از", "تا", "سال", "اواخر", "اوایل",
                          "в", "с", "до", "к", "по", "году", "года",
                          "yılında", "ayında"})
      s.insert(N(w));
    return s;
  }();
  return k;
}

// A cue, also with an Arabic conjunction fused to it ("وفي حزيران", "ففي يوليو").
bool IsCue(std::string_view w) {
  return DateCues().contains(w) || DateCues().contains(StripArabicConjunction(w));
}

int ParseNum(std::string_view s) {
  if (s.empty() || s.size() > 6) return -1;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size() ? v : -1;
}

// A day number: "28", "28th", "1st" (en), "28-го" is written without the suffix here.
int DayNumber(std::string_view s) {
  size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n > 2) return -1;
  const std::string_view rest = s.substr(n);
  if (!rest.empty() && rest != "st"_lit && rest != "nd"_lit && rest != "rd"_lit && rest != "th"_lit)
    return -1;
  const int v = ParseNum(s.substr(0, n));
  return v >= 1 && v <= 31 ? v : -1;
}

// The digits before a Turkish apostrophe suffix ("2020'de" -> "2020").
std::string_view BeforeApostrophe(std::string_view s) {
  const size_t p = s.find('\'');
  return p == std::string_view::npos ? s : s.substr(0, p);
}

bool In(std::initializer_list<std::string_view> words, std::string_view w) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

// The year digits of a token, with a calendar marker glued to them ("1446هـ" ->
// "1446", marker "ه"; "2020'de" -> "2020"). marker is empty when none.
std::string_view YearDigits(std::string_view tok, std::string* marker) {
  size_t n = 0;
  while (n < tok.size() && tok[n] >= '0' && tok[n] <= '9') ++n;
  const std::string_view rest = tok.substr(n);
  if (n == 0 || rest.empty() || rest[0] == '\'') return BeforeApostrophe(tok);
  if (rest == NormalizeWord("هـ") || rest == NormalizeWord("م") || rest == NormalizeWord("ه")) {
    *marker = std::string(rest);
    return tok.substr(0, n);
  }
  return tok;
}

// Number words for "two days ago" and its translations.
const WordMap<int>& NumberWords() {
  static const WordMap<int> k = [] {
    WordMap<int> m;
    const std::vector<std::pair<const char*, int>> list = {
        {"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
        {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11},
        {"twelve", 12}, {"couple", 2}, {"few", 3},
        {"واحد", 1}, {"اثنين", 2}, {"ثلاثة", 3}, {"أربعة", 4}, {"خمسة", 5}, {"ستة", 6},
        {"سبعة", 7}, {"ثمانية", 8}, {"تسعة", 9}, {"عشرة", 10}, {"ثلاث", 3}, {"أربع", 4},
        {"خمس", 5}, {"ست", 6}, {"سبع", 7}, {"ثماني", 8}, {"تسع", 9}, {"عشر", 10},
        {"یک", 1}, {"دو", 2}, {"سه", 3}, {"چهار", 4}, {"پنج", 5}, {"شش", 6}, {"هفت", 7},
        {"هشت", 8}, {"نه", 9}, {"ده", 10},
        {"один", 1}, {"одна", 1}, {"одну", 1}, {"два", 2}, {"две", 2}, {"три", 3},
        {"четыре", 4}, {"пять", 5}, {"шесть", 6}, {"семь", 7}, {"восемь", 8}, {"девять", 9},
        {"десять", 10}, {"несколько", 3},
        {"bir", 1}, {"iki", 2}, {"üç", 3}, {"dört", 4}, {"beş", 5}, {"altı", 6}, {"yedi", 7},
        {"sekiz", 8}, {"dokuz", 9}, {"on", 10}, {"birkaç", 3}};
    for (const auto& [w, v] : list) m.set(N(w), v);
    return m;
  }();
  return k;
}

int NumberWord(std::string_view w) {
  if (const int* v = NumberWords().find(w)) return *v;
  const int n = ParseNum(w);
  return n >= 1 && n <= 1000 ? n : -1;
}

enum class Unit { kNone, kDay, kWeek, kMonth, kYear };

// A time unit word, with the count it implies when it is a dual or a lone noun
// ("يومين" two days, "неделю" one week); count 0 means "needs a number".
const WordMap<std::pair<Unit, int>>& UnitWords() {
  static const WordMap<std::pair<Unit, int>> k = [] {
    WordMap<std::pair<Unit, int>> m;
    const std::vector<std::tuple<const char*, Unit, int>> list = {
        {"day", Unit::kDay, 0}, {"days", Unit::kDay, 0}, {"week", Unit::kWeek, 0},
        {"weeks", Unit::kWeek, 0}, {"month", Unit::kMonth, 0}, {"months", Unit::kMonth, 0},
        {"year", Unit::kYear, 0}, {"years", Unit::kYear, 0},
        {"يوم", Unit::kDay, 1}, {"أيام", Unit::kDay, 0}, {"يومين", Unit::kDay, 2},
        {"يومان", Unit::kDay, 2}, {"أسبوع", Unit::kWeek, 1}, {"أسابيع", Unit::kWeek, 0},
        {"أسبوعين", Unit::kWeek, 2}, {"شهر", Unit::kMonth, 1}, {"أشهر", Unit::kMonth, 0},
        {"شهور", Unit::kMonth, 0}, {"شهرين", Unit::kMonth, 2}, {"عام", Unit::kYear, 1},
        {"أعوام", Unit::kYear, 0}, {"عامين", Unit::kYear, 2}, {"سنة", Unit::kYear, 1},
        {"سنوات", Unit::kYear, 0}, {"سنتين", Unit::kYear, 2},
        {"روز", Unit::kDay, 0}, {"هفته", Unit::kWeek, 0}, {"ماه", Unit::kMonth, 0},
        {"سال", Unit::kYear, 0},
        {"день", Unit::kDay, 1}, {"дня", Unit::kDay, 0}, {"дней", Unit::kDay, 0},
        {"неделю", Unit::kWeek, 1}, {"недели", Unit::kWeek, 0}, {"недель", Unit::kWeek, 0},
        {"месяц", Unit::kMonth, 1}, {"месяца", Unit::kMonth, 0}, {"месяцев", Unit::kMonth, 0},
        {"год", Unit::kYear, 1}, {"года", Unit::kYear, 0}, {"лет", Unit::kYear, 0},
        {"gün", Unit::kDay, 0}, {"hafta", Unit::kWeek, 0}, {"ay", Unit::kMonth, 0},
        {"yıl", Unit::kYear, 0}, {"sene", Unit::kYear, 0}};
    for (const auto& [w, u, n] : list) m.set(N(w), {u, n});
    return m;
  }();
  return k;
}

Unit UnitWord(std::string_view w, int* implied) {
  const auto* unit = UnitWords().find(w);
  if (!unit) return Unit::kNone;
  *implied = unit->second;
  return unit->first;
}

// Weekday names (Monday = 0).
const WordMap<int>& WeekdayWords() {
  static const WordMap<int> k = [] {
    WordMap<int> m;
    const std::vector<std::pair<const char*, int>> list = {
        {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3}, {"friday", 4},
        {"saturday", 5}, {"sunday", 6},
        {"الاثنين", 0}, {"الإثنين", 0}, {"الثلاثاء", 1}, {"الأربعاء", 2}, {"الخميس", 3},
        {"الجمعة", 4}, {"السبت", 5}, {"الأحد", 6},
        {"دوشنبه", 0}, {"سه‌شنبه", 1}, {"سهشنبه", 1}, {"چهارشنبه", 2}, {"پنجشنبه", 3},
        {"پنج‌شنبه", 3}, {"جمعه", 4}, {"شنبه", 5}, {"یکشنبه", 6}, {"یک‌شنبه", 6},
        {"понедельник", 0}, {"вторник", 1}, {"среду", 2}, {"среда", 2}, {"четверг", 3},
        {"пятницу", 4}, {"пятница", 4}, {"субботу", 5}, {"суббота", 5}, {"воскресенье", 6},
        {"pazartesi", 0}, {"salı", 1}, {"çarşamba", 2}, {"perşembe", 3}, {"cuma", 4},
        {"cumartesi", 5}, {"pazar", 6},
        {"bazar ertəsi", 0}, {"çərşənbə axşamı", 1}, {"çərşənbə", 2}, {"cümə axşamı", 3},
        {"cümə", 4}, {"şənbə", 5}, {"bazar", 6}};
    for (const auto& [w, v] : list) m.set(N(w), v);
    return m;
  }();
  return k;
}

int WeekdayWord(std::string_view w) {
  const int* v = WeekdayWords().find(w);
  return v ? *v : -1;
}

// ---------------------------------------------------------------------------
// The scanner

class Scanner {
 public:
  Scanner(const Sentence& s, std::string_view text, const std::string& doc_date)
      : t_(s.tokens),
        text_(text),
        lang_(s.lang),
        en_(lang_ == "en"_lit),
        tr_az_(lang_ == "tr"_lit || lang_ == "az"_lit) {
    if (IsoOk(doc_date)) {
      has_ref_ = true;
      ref_ = DaysFromIso(doc_date);
      ref_ymd_ = FromDays(ref_);
    }
  }

  // The expressions found by the steps at tokens that start before text offset until.
  // The scan runs left to right and a step emits only expressions that start at its
  // token or later, so stopping early changes nothing before the stop.
  std::vector<DateMention> Run(size_t until) {
    for (size_t i = 0; i < t_.size() && t_[i].span.begin < until;) {
      size_t e = 0;
      if (!e) e = Numeric(i);
      if (!e) e = WithMonth(i);
      if (!e) e = Relative(i);
      if (!e) e = YearAlone(i);
      i = e > i ? e : i + 1;
    }
    return std::move(out_);
  }

 private:
  static bool IsoOk(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    const int y = ParseNum(d.substr(0, 4)), m = ParseNum(d.substr(5, 2)), day = ParseNum(d.substr(8, 2));
    return y > 0 && ValidYmd(y, m, day);
  }

  // Token i's normalised form; empty past the end. A view, so that comparing it with a
  // literal tests the length first (std::string's == calls an out-of-line compare).
  std::string_view W(size_t i) const { return i < t_.size() ? std::string_view(t_[i].norm) : std::string_view(); }
  bool Adjacent(size_t a, size_t b) const {
    return b < t_.size() && t_[a].span.end == t_[b].span.begin;
  }
  bool ArabicScript() const { return lang_ == "ar"_lit || lang_ == "fa"_lit || lang_ == "ur"_lit; }

  // Words that put a weekday or month in the future ("will", "next", "سوف", "будет"),
  // in the clause of tokens [first, last): "in December, and they will meet again in
  // May" puts May in the future, not December.
  bool FutureCue(size_t first, size_t last) const {
    // A bare "and" or "as" joins words more often than clauses (", and" is a break).
    auto opens = [&](size_t k) { return W(k) != "and"_lit && W(k) != "as"_lit && OpensClause(W(k)); };
    size_t b = first, e = last;
    while (b > 0 && !ClauseBreak(t_, b - 1) && !opens(b)) --b;
    while (e < t_.size() && !ClauseBreak(t_, e) && !opens(e)) ++e;
    // One set lookup per word rather than a dozen comparisons.
    static const WordSet kFuture = [] {
      WordSet set;
      for (const char* w : {"will", "shall", "upcoming", "scheduled", "سوف", "المقبل", "القادم", "المقبلة",
                            "القادمة", "будет", "будут", "состоится", "خواهد", "آینده"})
        set.insert(N(w));
      return set;
    }();
    for (size_t k = b; k < e; ++k) {
      const std::string_view w = StripArabicConjunction(t_[k].norm);  // وسوف
      if (kFuture.contains(w) || w.ends_with("'ll") || w.ends_with(NL("acak")) || w.ends_with(NL("ecek")))
        return true;
    }
    return false;
  }

  // Emits a resolved mention of days [b, e]; also checks the far future.
  size_t Emit(size_t first, size_t last, int64_t b, int64_t e, bool relative) {
    DateMention m = Base(first, last);
    m.relative = relative;
    if (has_ref_ && b > ToDays(ref_ymd_.y + kMaxYearsAhead, ref_ymd_.m, std::min(ref_ymd_.d, 28))) {
      m.problem = "far in the future of the article (" + Iso(FromDays(b)) + ")";
      out_.push_back(std::move(m));
      return last;
    }
    const Ymd yb = FromDays(b), ye = FromDays(e), mid = FromDays(b + (e - b) / 2);
    m.begin = Iso(yb);
    m.end = Iso(ye);
    if (b == e) {
      m.precision = "day";
      m.date = m.begin;
    } else if (e - b <= 31) {
      m.precision = "month";
      m.date = Pad(mid.y, 4) + "-" + Pad(mid.m, 2);
    } else {
      m.precision = "year";
      m.date = Pad(mid.y, 4);
    }
    if (yb.y == ye.y && yb.m == ye.m && yb.d == 1 && ye.d == DaysInMonth(ye.y, ye.m)) {
      m.precision = "month";
      m.date = Pad(yb.y, 4) + "-" + Pad(yb.m, 2);
    }
    m.future = has_ref_ && b > ref_;
    out_.push_back(std::move(m));
    return last;
  }

  size_t Problem(size_t first, size_t last, std::string why) {
    DateMention m = Base(first, last);
    m.problem = std::move(why);
    out_.push_back(std::move(m));
    return last;
  }

  DateMention Base(size_t first, size_t last) const {
    DateMention m;
    m.first = first;
    m.last = last;
    m.span = {t_[first].span.begin, t_[last - 1].span.end};
    return m;
  }

  size_t NeedRef(size_t first, size_t last) {
    return Problem(first, last, "relative date and no publication date");
  }

  // A full date in any calendar; checks the day exists and the year is sane.
  size_t Day(size_t first, size_t last, int64_t y, int m, int d, Calendar cal) {
    if (y < 1000 || y > 2199) return Problem(first, last, "year " + std::to_string(y) + " out of range");
    if (cal == Calendar::kGregorian) {
      if (!ValidYmd(y, m, d))
        return Problem(first, last, "no such day: " + Pad(y, 4) + "-" + Pad(m, 2) + "-" + Pad(d, 2));
      const int64_t days = ToDays(y, m, d);
      return Emit(first, last, days, days, false);
    }
    if (d < 1 || d > 31 || (cal == Calendar::kHijri && d > 30) || (cal == Calendar::kPersian && m >= 7 && d > 30))
      return Problem(first, last, "no such day in the " + std::string(cal == Calendar::kPersian ? "Persian" : "Hijri") + " calendar");
    auto days = ConvertToDays(cal, y, m, d);
    if (!days) return Problem(first, last, "no such day in the calendar");
    return Emit(first, last, *days, *days, false);
  }

  size_t Month(size_t first, size_t last, int64_t y, int m, Calendar cal) {
    if (y < 1000 || y > 2199) return Problem(first, last, "year " + std::to_string(y) + " out of range");
    auto b = ConvertToDays(cal, y, m, 1);
    auto e = ConvertToDays(cal, y, m, CalendarMonthDays(cal, y, m));
    if (!b || !e) return Problem(first, last, "no such month");
    return Emit(first, last, *b, *e, false);
  }

  size_t Year(size_t first, size_t last, int64_t y, Calendar cal) {
    if (y < 1000 || y > 2199) return Problem(first, last, "year " + std::to_string(y) + " out of range");
    auto b = ConvertToDays(cal, y, 1, 1);
    auto e = ConvertToDays(cal, y + 1, 1, 1);
    if (!b || !e) return Problem(first, last, "no such year");
    return Emit(first, last, *b, *e - 1, false);
  }

  // --- numeric dates: 2025-06-28, 28/06/2025, 06/28/2025, 28.06.2025 -------------------
  size_t Numeric(size_t i) {
    const std::string_view w = W(i);
    if (w.empty() || w[0] < '0' || w[0] > '9') return 0;
    std::vector<std::string_view> parts;
    size_t last = i + 1;
    if (w.find('.') != std::string::npos) {
      std::string_view rest(w);
      while (true) {
        const size_t p = rest.find('.');
        parts.push_back(rest.substr(0, p));
        if (p == std::string_view::npos) break;
        rest.remove_prefix(p + 1);
      }
      if (parts.size() != 3) return 0;
    } else {
      // Five tokens written together: 2025 - 06 - 28, 28 / 06 / 2025.
      if (i + 4 >= t_.size()) return 0;
      const std::string_view s1 = W(i + 1);
      if ((s1 != "/"_lit && s1 != "-"_lit) || W(i + 3) != s1) return 0;
      for (size_t k = i; k < i + 4; ++k)
        if (!Adjacent(k, k + 1)) return 0;
      parts = {W(i), W(i + 2), W(i + 4)};
      last = i + 5;
    }
    int v[3];
    for (int k = 0; k < 3; ++k) {
      if (parts[k].empty() || parts[k].size() > 5) return 0;
      v[k] = ParseNum(parts[k]);
      if (v[k] < 0) return 0;
    }
    const bool year_first = parts[0].size() >= 4;
    const bool year_last = parts[2].size() >= 4 || parts[2].size() == 2;
    if (year_first && parts[1].size() <= 2 && parts[2].size() <= 2) {
      if (parts[0].size() > 4) return Problem(i, last, "year " + std::string(parts[0]) + " out of range");
      return Day(i, last, v[0], v[1], v[2], Calendar::kGregorian);
    }
    if (!year_last || parts[0].size() > 2 || parts[1].size() > 2) return 0;
    if (parts[2].size() > 4) return Problem(i, last, "year " + std::string(parts[2]) + " out of range");
    int64_t y = v[2];
    if (parts[2].size() == 2) {
      const int64_t century = has_ref_ ? ref_ymd_.y / 100 * 100 : 2000;
      y = century + y;
      if (has_ref_ && y > ref_ymd_.y + 1) y -= 100;
    }
    // Day first everywhere but in American English, where month/day/year is usual;
    // when only one reading is a real day, that one.
    const bool a_ok = ValidYmd(y, v[1], v[0]);  // d/m/y
    const bool b_ok = ValidYmd(y, v[0], v[1]);  // m/d/y
    if (!a_ok && !b_ok) return Problem(i, last, "no such day: " + std::string(text_.substr(t_[i].span.begin, t_[last - 1].span.end - t_[i].span.begin)));
    bool month_first = !a_ok || (b_ok && lang_ == "en"_lit && W(i + 1) == "/"_lit);
    if (a_ok && b_ok && has_ref_) {
      // Both readings exist: the one nearer the article's date.
      const int64_t da = std::llabs(ToDays(y, v[1], v[0]) - ref_), db = std::llabs(ToDays(y, v[0], v[1]) - ref_);
      if (da != db) month_first = db < da;
    }
    return month_first ? Day(i, last, y, v[0], v[1], Calendar::kGregorian)
                       : Day(i, last, y, v[1], v[0], Calendar::kGregorian);
  }

  // --- month names -----------------------------------------------------------------------
  struct MonthHit {
    int month = 0;
    Calendar cal = Calendar::kGregorian;
    size_t end = 0;
    bool needs_number = false;
  };

  // stems: the clitic stems of the first token (Arabic script), computed once.
  bool WordMatches(const MonthWord& mw, size_t k, const std::string& tok, const ArabicStem* stems,
                   int n_stems) const {
    const std::string& want = mw.words[k];
    if (tok == want) return true;
    if (mw.prefix && tok.starts_with(want)) {
      std::string_view rest(tok);
      rest.remove_prefix(want.size());
      if (!rest.empty() && rest[0] == '\'') rest.remove_prefix(1);
      return rest.size() <= 8;  // a case ending or suffix, not a longer word
    }
    for (int c = 1; c < n_stems; ++c)
      if (stems[c].stem == want) return true;
    return false;
  }

  // What can begin a month name: its first word whole, or for an inflected one (Russian,
  // Turkish) its first word as the token's start. Most tokens are neither and are
  // rejected without a scan of the tables.
  struct MonthStarts {
    WordSet words;                       // first words, matched whole
    WordSet prefixes;                    // the first two bytes of inflected first words
    std::vector<std::string> inflected;  // inflected first words
  };
  static const MonthStarts& Starts() {
    static const MonthStarts k = [] {
      MonthStarts m;
      for (const auto* table : {&EnglishMonths(), &ArabicMonths(), &PersianMonths(), &RussianMonths(), &RussianMay(),
                                &TurkicMonths()})
        for (const auto& mw : *table) {
          m.words.insert(mw.words[0]);
          if (mw.prefix) {
            m.prefixes.insert(std::string_view(mw.words[0]).substr(0, 2));
            m.inflected.push_back(mw.words[0]);
          }
        }
      return m;
    }();
    return k;
  }
  // inflected: whether an inflected month (Russian, Turkish) can match here at all.
  static bool MayStartMonth(const std::string& tok, const ArabicStem* stems, int n_stems, bool inflected) {
    const MonthStarts& m = Starts();
    if (m.words.contains(tok)) return true;
    for (int c = 1; c < n_stems; ++c)
      if (m.words.contains(stems[c].stem)) return true;
    if (!inflected || tok.size() < 2 || !m.prefixes.contains(std::string_view(tok).substr(0, 2))) return false;
    for (const std::string& w : m.inflected)
      if (tok.starts_with(w)) return true;
    return false;
  }

  MonthHit MatchMonthAt(size_t i) const {
    MonthHit best;
    if (i >= t_.size() || !t_[i].word) return best;
    const std::string& tok = t_[i].norm;
    const bool arabic = IsArabicScript(tok);
    const bool cyrillic =
        tok[0] & 0x80 && (static_cast<unsigned char>(tok[0]) == 0xD0 || static_cast<unsigned char>(tok[0]) == 0xD1);
    // An English month is capitalised or abbreviated: most English words stop here,
    // before the table look-ups below.
    if (!arabic && !cyrillic && en_ && !t_[i].capital && (tok.empty() || tok.back() != '.')) return best;
    // Arabic words may carry clitics before the month (بشباط): their stems are tried.
    ArabicStem stems[8];
    int n_stems = 0;
    if (arabic) n_stems = ArabicStems(tok, stems);
    // The inflected tables are read for Cyrillic words and in Turkish and Azerbaijani
    // only, and never in English (see the loop below).
    const bool inflected = !en_ && (cyrillic || tr_az_);
    if (!MayStartMonth(tok, stems, n_stems, inflected)) return best;
    const std::vector<MonthWord>* tables[2] = {};
    if (arabic) {
      tables[0] = &ArabicMonths(), tables[1] = &PersianMonths();
      if (lang_ == "fa"_lit) std::swap(tables[0], tables[1]);
    } else if (cyrillic) {
      tables[0] = &RussianMay(), tables[1] = &RussianMonths();
    } else {
      tables[0] = &EnglishMonths();
      if (tr_az_) tables[1] = &TurkicMonths();
    }
    for (const auto* table : tables) {
      if (!table) continue;
      for (const MonthWord& mw : *table) {
        size_t k = 0;
        for (; k < mw.words.size(); ++k)
          if (i + k >= t_.size() || !WordMatches(mw, k, t_[i + k].norm, k == 0 ? stems : nullptr, k == 0 ? n_stems : 0))
            break;
        if (k == mw.words.size() && i + k > best.end) {
          if (en_ && mw.prefix) continue;
          best = {mw.month, mw.cal, i + k, mw.needs_number};
        }
      }
    }
    return best;
  }

  // A month name, with its translation in another calendar family after it:
  // "شباط / فبراير", "حزيران (يونيو)", "يونيو/حزيران".
  MonthHit MatchMonth(size_t i) const {
    MonthHit m = MatchMonthAt(i);
    if (!m.end) return m;
    size_t j = m.end;
    if (j < t_.size() &&
        (W(j) == "/"_lit || W(j) == "("_lit || W(j) == "-"_lit || W(j) == "،"_lit || W(j) == ","_lit)) {
      MonthHit other = MatchMonthAt(j + 1);
      if (other.end && other.month == m.month && other.cal == m.cal) {
        j = other.end;
        if (W(j) == ")"_lit) ++j;
        m.end = j;
        m.needs_number = m.needs_number && other.needs_number;
      }
    }
    return m;
  }

  // A year after a month or day: "2025", "2025 г.", "2025 года", "1446 هـ", "1404".
  // Returns the year and sets *end and *cal; -1 when none.
  int64_t YearAt(size_t j, size_t* end, Calendar* cal, Calendar month_cal) const {
    if (j >= t_.size()) return -1;
    std::string marker;
    std::string_view w = YearDigits(W(j), &marker);
    if (w.size() < 3 || w.size() > 5 || ParseNum(w) < 0) return -1;
    const int64_t y = ParseNum(w);
    *end = j + 1;
    *cal = month_cal;
    const std::string_view next = marker.empty() ? W(j + 1) : std::string_view(marker);
    const size_t adv = marker.empty() ? 2 : 1;
    if (next == NL("هـ") || next == NL("ه") || next == NL("هجري") || next == NL("هجرية") || next == NL("للهجرة")) {
      *cal = Calendar::kHijri;
      *end = j + adv;
    } else if (next == NL("م") || next == NL("ميلادي") || next == NL("ميلادية")) {
      *cal = Calendar::kGregorian;
      *end = j + adv;
    } else if (next == NL("г") || next == NL("года") || next == NL("год") || next == NL("году")) {
      *end = j + adv;
      if (next == NL("г") && W(*end) == "."_lit) ++*end;
    } else if (next == NL("ш") || next == NL("شمسی")) {
      *cal = Calendar::kPersian;
      *end = j + adv;
    }
    // A Persian month with a Gregorian-looking year is still Persian, and the
    // reverse: the calendar follows the month name unless the year is marked.
    if (*cal == Calendar::kGregorian && month_cal == Calendar::kGregorian && lang_ == "fa"_lit &&
        y >= 1300 && y <= 1500)
      *cal = Calendar::kPersian;
    return y;
  }

  size_t WithMonth(size_t i) {
    // Shapes: [D] Month [Year], Month D[,] [Year], each month name possibly paired.
    int day = -1;
    size_t start = i, mi = i;
    if (DayNumber(W(i)) > 0 && i + 1 < t_.size()) {
      day = DayNumber(W(i));
      mi = i + 1;
      if (W(mi) == "of"_lit && lang_ == "en"_lit) ++mi;  // "the 28th of June"
    }
    MonthHit m = MatchMonth(mi);
    if (!m.end) {
      return 0;
    }
    size_t j = m.end;
    // Month D (English order): "June 28", "June 28, 2025".
    if (day < 0 && DayNumber(W(j)) > 0 && lang_ == "en"_lit) {
      day = DayNumber(W(j));
      ++j;
      if (W(j) == ","_lit) {
        size_t ye;
        Calendar cal;
        if (YearAt(j + 1, &ye, &cal, m.cal) >= 0) ++j;
      }
    }
    size_t ye = 0;
    Calendar cal = m.cal;
    const int64_t year = YearAt(j, &ye, &cal, m.cal);
    const bool has_year = year >= 0;
    if (has_year && year > 2199 && W(j).size() == 5 && ParseNum(W(j)) > 0)
      return Problem(start, ye, "year " + std::string(W(j)) + " out of range");
    if (m.needs_number && day < 0 && !has_year) {
      // "in May", "في آب", "تیر ماه": an ambiguous month name with a word that says month.
      const std::string_view before = start > 0 ? StripArabicConjunction(W(start - 1)) : std::string_view();
      const bool cue = before == "in"_lit || before == "since"_lit || before == "until"_lit ||
                       before == "early"_lit || before == "late"_lit || before == "mid"_lit ||
                       before == "-"_lit || before == NL("شهر") || before == NL("ماه") ||
                       before == NL("في");
      const bool month_word = W(j) == NL("ماه") || W(j) == NL("ayında");
      if (m.cal != Calendar::kGregorian || (!cue && !month_word)) return 0;
      if (month_word) ++j;
      return MonthNoYear(start, j, m.month);
    }
    if (m.cal == Calendar::kHijri && !has_year) return 0;  // Hijri only when the year is given
    if (day < 0 && !has_year && m.cal == Calendar::kGregorian) {
      // A month alone needs a cue ("in June", "في حزيران", "в июне") or an inflection.
      const bool cue = start > 0 && IsCue(W(start - 1));
      const bool after = W(j) == NL("ayında") || W(j) == NL("ayı") || W(j) == NL("ayının");
      const bool suffixed =
          W(mi).find('\'') != std::string::npos ||
          (t_[mi].norm.size() > 0 && (lang_ == "ru"_lit || lang_ == "tr"_lit || lang_ == "az"_lit));
      if (!cue && !after && !suffixed) return 0;
      if (after) ++j;
    }
    const size_t last = has_year ? ye : j;
    if (has_year) {
      if (day > 0) return Day(start, last, year, m.month, day, cal);
      return Month(start, last, year, m.month, cal);
    }
    // No year: the latest such month or day not after the article, or the next one
    // when the sentence speaks of the future.
    if (!has_ref_) return NeedRef(start, last);
    if (cal != Calendar::kGregorian) return 0;
    int64_t y = ref_ymd_.y;
    if (day > 0) {
      if (day > 31) return 0;
      if (!ValidYmd(y, m.month, day) && !ValidYmd(y - 1, m.month, day))
        return Problem(start, last, "no such day: " + std::to_string(day) + " of month " + std::to_string(m.month));
      auto days = [&](int64_t yy) { return ValidYmd(yy, m.month, day) ? ToDays(yy, m.month, day) : ToDays(yy, m.month, DaysInMonth(yy, m.month)); };
      if (FutureCue(start, last)) {
        if (days(y) < ref_) ++y;
      } else if (days(y) > ref_ + 1) {
        --y;
      }
      if (!ValidYmd(y, m.month, day)) return Problem(start, last, "no such day: " + Pad(y, 4) + "-" + Pad(m.month, 2) + "-" + Pad(day, 2));
      const int64_t d = ToDays(y, m.month, day);
      Emit(start, last, d, d, false);
      out_.back().relative = true;
      return last;
    }
    return MonthNoYear(start, last, m.month);
  }

  // A month without a year: the latest one not after the article, or the next one
  // when the sentence speaks of the future.
  size_t MonthNoYear(size_t start, size_t last, int month) {
    if (!has_ref_) return NeedRef(start, last);
    int64_t y = ref_ymd_.y;
    if (FutureCue(start, last)) {
      if (month < ref_ymd_.m) ++y;
    } else if (month > ref_ymd_.m) {
      --y;
    }
    Month(start, last, y, month, Calendar::kGregorian);
    out_.back().relative = true;
    return last;
  }

  // --- relative expressions ----------------------------------------------------------------
  // Whether the tokens from i on are words (normalised, from NLS).
  bool Is(size_t i, const std::vector<std::string>& words) const {
    size_t k = i;
    for (const std::string& w : words) {
      if (k >= t_.size() || t_[k].norm != w) return false;
      ++k;
    }
    return true;
  }

  // The word without an Arabic conjunction or preposition clitic (وأمس, بالأمس).
  std::string_view ArabicBase(size_t i) const {
    const std::string_view w = W(i);
    if (!IsArabicScript(w)) return w;
    for (std::string_view pre : {"و", "ف", "ب", "ل"}) {
      if (w.size() > pre.size() + 4 && w.starts_with(pre)) {
        const std::string_view rest = w.substr(pre.size());
        if (WeekdayWord(rest) >= 0 || rest == NL("أمس") || rest == NL("الأمس") || rest == NL("الأسبوع") ||
            rest == NL("الشهر") || rest == NL("العام") || rest == NL("السنة") || rest == NL("اليوم"))
          return rest;
      }
    }
    return w;
  }

  size_t Days(size_t first, size_t last, int64_t offset) {
    if (!has_ref_) return NeedRef(first, last);
    Emit(first, last, ref_ + offset, ref_ + offset, true);
    return last;
  }

  // A period around the publication date: unit at offset (-1 last, 0 this, +1 next);
  // part: 0 whole, -1 the part before the article date, +1 the part after.
  size_t Period(size_t first, size_t last, Unit u, int offset, int part = 0) {
    if (!has_ref_) return NeedRef(first, last);
    int64_t b = 0, e = 0;
    if (u == Unit::kDay) {
      b = e = ref_ + offset;
    } else if (u == Unit::kWeek) {
      b = ref_ - Weekday(ref_) + 7 * offset;
      e = b + 6;
    } else if (u == Unit::kMonth) {
      int64_t y = ref_ymd_.y, m = ref_ymd_.m + offset;
      while (m < 1) m += 12, --y;
      while (m > 12) m -= 12, ++y;
      b = ToDays(y, static_cast<int>(m), 1);
      e = ToDays(y, static_cast<int>(m), DaysInMonth(y, static_cast<int>(m)));
    } else if (u == Unit::kYear) {
      b = ToDays(ref_ymd_.y + offset, 1, 1);
      e = ToDays(ref_ymd_.y + offset, 12, 31);
    }
    if (part < 0) e = std::max(b, std::min(e, ref_ - 1));
    if (part > 0) b = std::min(e, std::max(b, ref_ + 1));
    Emit(first, last, b, e, true);
    return last;
  }

  // "N units ago": the day, or the week/month/year N units back.
  size_t Ago(size_t first, size_t last, Unit u, int n) {
    if (!has_ref_) return NeedRef(first, last);
    if (u == Unit::kDay) return Days(first, last, -n);
    return Period(first, last, u, -n);
  }

  // A weekday: the latest one on or before the article date (or the next one when the
  // sentence speaks of the future, "next"); last=true: strictly before.
  size_t WeekdayDate(size_t first, size_t last, int wd, int direction) {
    if (!has_ref_) return NeedRef(first, last);
    int64_t d = ref_;
    const int today = Weekday(ref_);
    if (direction > 0 || (direction == 0 && FutureCue(first, last))) {
      int delta = (wd - today + 7) % 7;
      if (delta == 0 && direction > 0) delta = 7;
      d = ref_ + delta;
    } else {
      int delta = (today - wd + 7) % 7;
      if (delta == 0 && direction < 0) delta = 7;
      d = ref_ - delta;
    }
    Emit(first, last, d, d, true);
    return last;
  }

  static bool Cyrillic(std::string_view w) {
    return !w.empty() && (static_cast<unsigned char>(w[0]) == 0xD0 || static_cast<unsigned char>(w[0]) == 0xD1);
  }

  // Whether a relative expression can start at token i: its word, or the word without
  // an Arabic clitic or article, is one of the words Relative begins its rules with, a
  // number, a weekday or a time unit. Almost no token is, and Relative tries dozens of
  // rules on each; a rule added there that starts with a new word adds it to kStarts.
  bool MayStartRelative(size_t i) const {
    static const WordSet kStarts = [] {
      WordSet set;
      for (const char* w :
           {"yesterday", "today", "tonight", "the", "last", "this", "next", "past", "earlier", "later", "on",
            "since", "until", "by", "from",
            "вчера", "позавчера", "сегодня", "на", "в", "во",
            "dün", "dünən", "bugün", "bu gün", "geçen", "keçən", "bu", "gelecek", "önümüzdeki",
            "أمس", "الأمس", "البارحة", "أول", "اليوم", "هذا", "هذه", "مطلع", "أوائل", "بداية", "منذ", "قبل", "يوم",
            "مساء", "صباح", "فجر", "ليل", "ليلة", "ظهر", "عصر",
            "دیروز", "پریروز", "امروز", "پارسال", "این", "روز"})
        set.insert(N(std::string_view(w)));
      for (size_t k = 0; k < NumberWords().size(); ++k) set.insert(NumberWords().word(k));
      for (size_t k = 0; k < UnitWords().size(); ++k) set.insert(UnitWords().word(k));
      for (size_t k = 0; k < WeekdayWords().size(); ++k) set.insert(WeekdayWords().word(k));
      return set;
    }();
    const std::string_view w = W(i);
    if (w.empty()) return false;
    if (kStarts.contains(w) || (w[0] >= '0' && w[0] <= '9')) return true;
    if (w.find('\'') != std::string_view::npos && kStarts.contains(BeforeApostrophe(w))) return true;
    if (!IsArabicScript(w)) return false;
    if (kStarts.contains(ArabicLexiconForm(w))) return true;
    // A clitic و ف ب ل (two bytes) before the word (see ArabicBase).
    for (std::string_view clitic : {"\u0648", "\u0641", "\u0628", "\u0644"})
      if (w.size() > clitic.size() + 4 && w.starts_with(clitic)) {
        const std::string_view rest = w.substr(clitic.size());
        return kStarts.contains(rest) || kStarts.contains(ArabicLexiconForm(rest));
      }
    return false;
  }

  size_t Relative(size_t i) {
    if (!MayStartRelative(i)) return 0;
    const std::string_view w = W(i);
    if (IsArabicScript(w)) return RelativeArabicScript(i);
    // English.
    if (w == "yesterday"_lit) return Days(i, i + 1, -1);
    if (w == "today"_lit || w == "tonight"_lit) return Days(i, i + 1, 0);
    if (Is(i, NLS("the", "day", "before", "yesterday"))) return Days(i, i + 4, -2);
    if (Is(i, NLS("last", "night"))) return Days(i, i + 2, -1);
    if (Is(i, NLS("this", "morning")) || Is(i, NLS("this", "afternoon")) || Is(i, NLS("this", "evening")))
      return Days(i, i + 2, 0);
    if (w == "last"_lit || w == "this"_lit || w == "next"_lit || w == "past"_lit) {
      int implied;
      const Unit u = UnitWord(W(i + 1), &implied);
      const int off = w == "last"_lit || w == "past"_lit ? -1 : w == "next"_lit ? 1 : 0;
      if (u != Unit::kNone && u != Unit::kDay &&
          (W(i + 1) == "week"_lit || W(i + 1) == "month"_lit || W(i + 1) == "year"_lit))
        return Period(i, i + 2, u, off);
      if (W(i + 1) == "weekend"_lit) {
        if (!has_ref_) return NeedRef(i, i + 2);
        const int64_t sat = ref_ - Weekday(ref_) + 5 + 7 * (off == 0 ? 0 : off);
        int64_t b = sat;
        if (off < 0 && sat + 1 >= ref_) b -= 7;
        return Emit(i, i + 2, b, b + 1, true);
      }
      const int wd = WeekdayWord(W(i + 1));
      if (wd >= 0 && t_[i + 1].capital) return WeekdayDate(i, i + 2, wd, off == 0 ? 0 : off);
    }
    if ((w == "earlier"_lit || w == "later"_lit) && W(i + 1) == "this"_lit) {
      int implied;
      const Unit u = UnitWord(W(i + 2), &implied);
      if (u == Unit::kWeek || u == Unit::kMonth || u == Unit::kYear)
        return Period(i, i + 3, u, 0, w == "earlier"_lit ? -1 : 1);
    }
    if (w == "on"_lit || w == "since"_lit || w == "until"_lit || w == "by"_lit || w == "from"_lit) {
      const int wd = WeekdayWord(W(i + 1));
      if (wd >= 0 && t_[i + 1].capital) {
        size_t e = i + 2;
        if (W(e) == "night"_lit || W(e) == "morning"_lit || W(e) == "afternoon"_lit ||
            W(e) == "evening"_lit)
          ++e;
        return WeekdayDate(i + 1, e, wd, 0);
      }
    }
    if (const int wd = WeekdayWord(w);
        wd >= 0 && t_[i].capital && lang_ == "en"_lit &&
        (W(i + 1) == "'s"_lit || W(i + 1) == "night"_lit || W(i + 1) == "morning"_lit ||
         W(i + 1) == "afternoon"_lit || W(i + 1) == "evening"_lit)) {
      return WeekdayDate(i, W(i + 1) == "'s"_lit ? i + 1 : i + 2, wd, 0);
    }
    // "two days ago", "a week ago".
    if (int n = NumberWord(w); n > 0 && !ArabicScript()) {
      int implied;
      const Unit u = UnitWord(W(i + 1), &implied);
      if (u != Unit::kNone && W(i + 2) == "ago"_lit) return Ago(i, i + 3, u, n);
      if (u != Unit::kNone && (W(i + 2) == NL("назад"))) return Ago(i, i + 3, u, n);
      if (u != Unit::kNone && W(i + 2) == NL("önce")) return Ago(i, i + 3, u, n);
    }
    // Russian.
    if (Cyrillic(w)) {
      if (w == NL("вчера")) return Days(i, i + 1, -1);
      if (w == NL("позавчера")) return Days(i, i + 1, -2);
      if (w == NL("сегодня")) return Days(i, i + 1, 0);
      if (Is(i, NLS("на", "прошлой", "неделе"))) return Period(i, i + 3, Unit::kWeek, -1);
      if (Is(i, NLS("на", "этой", "неделе"))) return Period(i, i + 3, Unit::kWeek, 0);
      if (Is(i, NLS("на", "следующей", "неделе"))) return Period(i, i + 3, Unit::kWeek, 1);
      if (Is(i, NLS("в", "прошлом", "месяце"))) return Period(i, i + 3, Unit::kMonth, -1);
      if (Is(i, NLS("в", "этом", "месяце"))) return Period(i, i + 3, Unit::kMonth, 0);
      if (Is(i, NLS("в", "следующем", "месяце"))) return Period(i, i + 3, Unit::kMonth, 1);
      if (Is(i, NLS("в", "прошлом", "году"))) return Period(i, i + 3, Unit::kYear, -1);
      if (Is(i, NLS("в", "этом", "году"))) return Period(i, i + 3, Unit::kYear, 0);
      if (Is(i, NLS("в", "следующем", "году"))) return Period(i, i + 3, Unit::kYear, 1);
      if (Is(i, NLS("в", "начале", "месяца"))) return Period(i, i + 3, Unit::kMonth, 0, -1);
      if ((w == NL("в") || w == NL("во")) && WeekdayWord(W(i + 1)) >= 0 && lang_ == "ru"_lit)
        return WeekdayDate(i, i + 2, WeekdayWord(W(i + 1)), 0);
      if ((w == NL("в") || w == NL("во")) && (W(i + 1) == NL("прошлую") || W(i + 1) == NL("прошлый") || W(i + 1) == NL("прошлое")) &&
          WeekdayWord(W(i + 2)) >= 0)
        return WeekdayDate(i, i + 3, WeekdayWord(W(i + 2)), -1);
      {
        int implied = 0;
        const Unit u = UnitWord(w, &implied);
        if (u != Unit::kNone && implied > 0 && W(i + 1) == NL("назад")) return Ago(i, i + 2, u, implied);
      }
    }
    // Turkish and Azerbaijani.
    if (w == NL("dün") || w == NL("dünən")) return Days(i, i + 1, -1);
    if (w == NL("bugün") || w == NL("bu gün")) return Days(i, i + 1, 0);
    if (w == NL("geçen") || w == NL("keçən") || w == NL("bu") || w == NL("gelecek") || w == NL("önümüzdeki")) {
      int implied;
      const Unit u = UnitWord(W(i + 1), &implied);
      const int off = w == NL("bu") ? 0 : (w == NL("gelecek") || w == NL("önümüzdeki")) ? 1 : -1;
      if (u == Unit::kWeek || u == Unit::kMonth || u == Unit::kYear) return Period(i, i + 2, u, off);
      const std::string_view base = BeforeApostrophe(W(i + 1));
      if (WeekdayWord(base) >= 0 && off != 0) return WeekdayDate(i, i + 2, WeekdayWord(base), off);
    }
    if ((lang_ == "tr"_lit || lang_ == "az"_lit) && WeekdayWord(BeforeApostrophe(w)) >= 0 &&
        t_[i].capital) {
      const std::string_view next = W(i + 1);
      if (next == NL("günü") || next == NL("akşamı") || next == NL("sabahı") || next == NL("gecesi") ||
          w.find('\'') != std::string::npos)
        return WeekdayDate(i, next.empty() || w.find('\'') != std::string::npos ? i + 1 : i + 2,
                           WeekdayWord(BeforeApostrophe(w)), 0);
    }
    return 0;
  }

  // Relative expressions in Arabic and Persian.
  size_t RelativeArabicScript(size_t i) {
    const std::string_view w = W(i);
    const std::string_view a = ArabicBase(i);
    if ((a == NL("أمس") || a == NL("الأمس") || a == NL("البارحة")) && !Is(i - 1 < t_.size() ? i - 1 : i, NLS("أول")))
      return Days(i, i + 1, -1);
    if (Is(i, NLS("أول", "أمس")) || Is(i, NLS("أول", "من", "أمس"))) return Days(i, W(i + 1) == NL("من") ? i + 3 : i + 2, -2);
    if (a == NL("اليوم") && (i == 0 || W(i - 1) != NL("حتى")) && W(i + 1) != NL("التالي")) return Days(i, i + 1, 0);
    int implied = 0;
    const bool this_ = W(i) == NL("هذا") || W(i) == NL("هذه");
    const size_t ui = this_ ? i + 1 : i;
    const Unit u = UnitWord(ArabicLexiconForm(this_ ? W(ui) : a), &implied);
    if (u == Unit::kWeek || u == Unit::kMonth || u == Unit::kYear) {
      const std::string_view q = W(ui + 1);
      if (q == NL("الماضي") || q == NL("الماضية") || q == NL("المنصرم") || q == NL("المنصرمة") || q == NL("الفائت"))
        return Period(i, ui + 2, u, -1);
      if (q == NL("الجاري") || q == NL("الحالي") || q == NL("الجارية") || q == NL("الحالية")) return Period(i, ui + 2, u, 0);
      if (q == NL("المقبل") || q == NL("القادم") || q == NL("المقبلة") || q == NL("القادمة")) return Period(i, ui + 2, u, 1);
      if (this_) return Period(i, ui + 1, u, 0);
    }
    // "مطلع الشهر الجاري", "أوائل هذا الشهر": the part of the month before the article.
    if (a == NL("مطلع") || a == NL("أوائل") || a == NL("بداية") || a == NL("أول")) {
      size_t k = i + 1;
      if (W(k) == NL("هذا")) ++k;
      int imp;
      const Unit u2 = UnitWord(ArabicLexiconForm(W(k)), &imp);
      if ((u2 == Unit::kMonth || u2 == Unit::kYear || u2 == Unit::kWeek)) {
        const std::string_view q = W(k + 1);
        if (q == NL("الجاري") || q == NL("الحالي") || q == NL("الجارية") || q == NL("الحالية") || W(i + 1) == NL("هذا"))
          return Period(i, q == NL("الجاري") || q == NL("الحالي") || q == NL("الجارية") || q == NL("الحالية") ? k + 2 : k + 1, u2, 0, -1);
      }
    }
    // "منذ يومين", "قبل ثلاثة أيام".
    if (a == NL("منذ") || a == NL("قبل")) {
      int imp = 0;
      const Unit u1 = UnitWord(ArabicLexiconForm(W(i + 1)), &imp);
      if (u1 != Unit::kNone && imp > 0) return Ago(i, i + 2, u1, imp);
      const int n = NumberWord(W(i + 1));
      const Unit u2 = UnitWord(ArabicLexiconForm(W(i + 2)), &imp);
      if (n > 0 && u2 != Unit::kNone) return Ago(i, i + 3, u2, n);
    }
    // "يوم السبت", "السبت الماضي", "مساء الجمعة".
    if (a == NL("يوم") || a == NL("مساء") || a == NL("صباح") || a == NL("فجر") || a == NL("ليل") || a == NL("ليلة") ||
        a == NL("ظهر") || a == NL("عصر")) {
      const int wd = WeekdayWord(ArabicBase(i + 1));
      if (wd >= 0) {
        const std::string_view q = W(i + 2);
        const int dir = (q == NL("الماضي") || q == NL("المنصرم")) ? -1 : (q == NL("المقبل") || q == NL("القادم")) ? 1 : 0;
        return WeekdayDate(i, dir ? i + 3 : i + 2, wd, dir);
      }
    }
    if (const int wd = WeekdayWord(a); wd >= 0 && lang_ != "fa"_lit) {
      const std::string_view q = W(i + 1);
      if (q == NL("الماضي") || q == NL("المنصرم") || q == NL("الفائت")) return WeekdayDate(i, i + 2, wd, -1);
      if (q == NL("المقبل") || q == NL("القادم")) return WeekdayDate(i, i + 2, wd, 1);
      // News sets the day off by commas: "استقبل ... في الرباط، الأربعاء، وفدا"; or after a
      // comma before the place: "التقى ...، الخميس في جدة،".
      if (i > 0 && IsComma(W(i - 1)) && (IsComma(q) || q == NL("في")) && a == w) return WeekdayDate(i, i + 1, wd, 0);
    }
    // Persian.
    if (w == NL("دیروز")) return Days(i, i + 1, -1);
    if (w == NL("پریروز")) return Days(i, i + 1, -2);
    if (w == NL("امروز")) return Days(i, i + 1, 0);
    if (w == NL("پارسال")) return Period(i, i + 1, Unit::kYear, -1);
    if (lang_ == "fa"_lit) {
      int imp;
      const Unit u3 = UnitWord(w, &imp);
      const std::string_view q = W(i + 1);
      if (u3 == Unit::kWeek || u3 == Unit::kMonth || u3 == Unit::kYear) {
        if (q == NL("گذشته") || q == NL("پیش") || q == NL("قبل")) return Period(i, i + 2, u3, -1);
        if (q == NL("جاری")) return Period(i, i + 2, u3, 0);
        if (q == NL("آینده")) return Period(i, i + 2, u3, 1);
      }
      if (w == NL("این") && (UnitWord(q, &imp) == Unit::kWeek || UnitWord(q, &imp) == Unit::kMonth || UnitWord(q, &imp) == Unit::kYear))
        return Period(i, i + 2, UnitWord(q, &imp), 0);
      if (const int n = NumberWord(w); n > 0) {
        const Unit u4 = UnitWord(q, &imp);
        if (u4 != Unit::kNone && (W(i + 2) == NL("پیش") || W(i + 2) == NL("قبل"))) return Ago(i, i + 3, u4, n);
      }
      // Weekdays: "سه شنبه" may be written as two words.
      size_t e = i + 1;
      int wd = WeekdayWord(w);
      if (i + 1 < t_.size() && WeekdayWord(std::string(w).append(W(i + 1))) >= 0) {
        wd = WeekdayWord(std::string(w).append(W(i + 1)));
        e = i + 2;
      }
      if (w == NL("روز") && WeekdayWord(W(i + 1)) >= 0) {
        wd = WeekdayWord(W(i + 1));
        e = i + 2;
        if (const int two = WeekdayWord(std::string(W(i + 1)).append(W(i + 2))); two >= 0) wd = two, e = i + 3;
      }
      if (wd >= 0 && (w == NL("روز") || W(e) == NL("گذشته") || W(e) == NL("آینده") || W(e) == NL("شب") || i > 0)) {
        const int dir = W(e) == NL("گذشته") ? -1 : W(e) == NL("آینده") ? 1 : 0;
        return WeekdayDate(i, dir ? e + 1 : e, wd, dir);
      }
    }
    return 0;
  }

  // --- a year alone -----------------------------------------------------------------------
  size_t YearAlone(size_t i) {
    const std::string_view raw = W(i);
    // A year starts with a digit (ParseNum also takes a sign: "-000" passes it).
    if (raw.empty() || ((raw[0] < '0' || raw[0] > '9') && raw[0] != '-')) return 0;
    std::string marker;
    const std::string_view w = YearDigits(raw, &marker);
    if (w.size() < 4 || w.size() > 5 || ParseNum(w) < 0) return 0;
    const int64_t y = ParseNum(w);
    const std::string_view prev = i > 0 ? W(i - 1) : std::string_view();
    size_t end = i + 1;
    Calendar cal = Calendar::kGregorian;
    bool strong = false;  // a word that says "year"
    const std::string_view next = marker.empty() ? W(i + 1) : std::string_view(marker);
    const size_t adv = marker.empty() ? 2 : 1;
    if (prev == NL("عام") || prev == NL("سنة") || prev == NL("العام") || prev == NL("السنة") ||
        prev == NL("سال") || prev == "year"_lit)
      strong = true;
    if (next == NL("هـ") || next == NL("ه") || next == NL("هجري") || next == NL("هجرية") || next == NL("للهجرة")) {
      strong = true;
      cal = Calendar::kHijri;
      end = i + adv;
    } else if (next == NL("م") || next == NL("ميلادي") || next == NL("ميلادية")) {
      strong = true;
      end = i + adv;
    } else if (next == NL("году") || next == NL("года") || next == NL("год") || next == NL("г")) {
      strong = true;
      end = i + 2;
      if (next == NL("г") && W(end) == "."_lit) ++end;
    } else if (next == NL("yılında") || next == NL("yılı") || next == NL("yılının") || next == NL("senesinde") ||
               next == NL("yılda")) {
      strong = true;
      end = i + 2;
    } else if (next == "-"_lit &&
               (W(i + 2) == "ci"_lit || W(i + 2) == "cı"_lit || W(i + 2) == "cu"_lit ||
                W(i + 2) == "cü"_lit) &&
               (W(i + 3).starts_with(NL("il")))) {
      strong = true;
      end = i + 4;
    }
    const bool suffixed =
        raw.size() > w.size() && marker.empty() && (lang_ == "tr"_lit || lang_ == "az"_lit);
    const bool weak_cue = IsCue(prev) && prev != "-"_lit && prev != "on"_lit && prev != "to"_lit;
    if (!strong && !suffixed && !weak_cue) return 0;
    // "by 2020 points": a number before a noun is a quantity, not a year.
    if (!strong && lang_ == "en"_lit && i + 1 < t_.size() && t_[i + 1].word && !t_[i + 1].capital &&
        !In({"the",   "a",    "an",  "and", "or",   "but",   "when", "as",   "after", "before",
             "to",    "with", "for", "in",  "on",   "at",    "of",   "by",   "from",  "until",
             "while", "that", "is",  "was", "were", "had",   "has",  "have", "he",    "she",
             "it",    "they", "we",  "i",   "its",  "their", "his",  "her",  "alone", "only"},
            t_[i + 1].norm))
      return 0;
    if (y > 2199 || w.size() == 5) {
      if (strong) return Problem(i, end, "year " + std::string(w) + " out of range");
      return 0;
    }
    if (lang_ == "fa"_lit && y >= 1300 && y <= 1500 && cal == Calendar::kGregorian)
      cal = Calendar::kPersian;
    if (lang_ == "ar"_lit && strong && cal == Calendar::kGregorian && y >= 1300 && y <= 1500 &&
        next != NL("م") && next != NL("ميلادي") && next != NL("ميلادية"))
      cal = Calendar::kHijri;
    // A bare number after "in" is a year only in a plausible range.
    const int64_t hi = has_ref_ ? ref_ymd_.y + kMaxYearsAhead : 2100;
    if (!strong && !suffixed && (y < 1900 || y > hi)) return 0;
    if (cal == Calendar::kGregorian && (y < 1000)) return 0;
    if (cal == Calendar::kHijri && (y < 1 || y > 1600)) return 0;
    return Year(i, end, y, cal);
  }

  const std::vector<Token>& t_;
  std::string_view text_;
  // The sentence's language as a view: compared with literals inline, length first
  // (std::string == literal is an out-of-line compare in libstdc++ 12).
  std::string_view lang_;
  // The languages the month matcher asks about for every token, compared once.
  bool en_, tr_az_;
  bool has_ref_ = false;
  int64_t ref_ = 0;
  Ymd ref_ymd_{0, 1, 1};
  std::vector<DateMention> out_;
};

}  // namespace

bool IsWeekday(std::string_view norm) { return WeekdayWord(norm) >= 0; }

bool OpensClause(std::string_view w) {
  static const WordSet k = [] {
    WordSet s;
    for (const char* x : {"while", "whereas", "although", "though", "but", "after", "before", "when",
                          "which", "who", "where", "since", "because", "as", "and", "whereby",
                          "بينما", "بعد", "قبل", "عندما", "حين", "لكن", "الذي", "التي", "الذين", "حيث", "منذ",
                          "فيما", "كما", "غير", "إلا",  // "، غير أن" and "، إلا أن": however
                          "пока", "после", "когда", "который", "которая", "которые", "но", "а",
                          "ancak", "fakat", "ama", "sonra", "önce",
                          "پس", "وقتی", "که", "اما", "ولی"})
      s.insert(NormalizeWord(x));
    return s;
  }();
  if (k.contains(w)) return true;
  return IsArabicScript(w) && k.contains(StripArabicConjunction(w));
}

bool ClauseBreak(const std::vector<Token>& t, size_t k) {
  if (k >= t.size()) return false;
  const std::string_view w = t[k].norm;
  if (w == ";"_lit || w == ":"_lit || w == "؛"_lit || w == "("_lit || w == ")"_lit) return true;
  // A dash between spaces (– and — are normalised to "-"), not a hyphen (Nagorno-Karabakh).
  if (w == "-"_lit)
    return (k == 0 || t[k - 1].span.end < t[k].span.begin) && (k + 1 == t.size() || t[k].span.end < t[k + 1].span.begin);
  if (!IsComma(w) || k + 1 >= t.size()) return false;
  const std::string_view next = t[k + 1].norm;
  return OpensClause(next) || (IsArabicScript(next) && StripArabicConjunction(next).size() < next.size() &&
                               next.starts_with(NL("و")));
}

bool DatesOpeningSubject(const std::vector<Token>& t, size_t verb, size_t k) {
  constexpr size_t kAside = 3;  // "اليوم الأحد", "مساء الأحد"
  if (verb != 0 || k <= verb || k + 2 >= t.size() || !IsComma(t[k + 1].norm)) return false;
  bool day = false;
  for (size_t c = k + 2; c < std::min(t.size(), k + 3 + kAside); ++c) {
    if (IsComma(t[c].norm)) return day;
    if (!t[c].word) return false;
    day = day || IsWeekday(t[c].norm);
  }
  return false;
}

int64_t DaysFromIso(std::string_view iso) {
  if (iso.size() < 10) return 0;
  const int y = ParseNum(iso.substr(0, 4)), m = ParseNum(iso.substr(5, 2)), d = ParseNum(iso.substr(8, 2));
  return ToDays(y, m, d);
}

std::string IsoFromDays(int64_t days) { return Iso(FromDays(days)); }

std::vector<DateMention> RecognizeDates(const Sentence& sentence, std::string_view text,
                                        const std::string& doc_date, size_t until) {
  return Scanner(sentence, text, doc_date).Run(until);
}

}  // namespace dyad

// Date expressions in a sentence (en, ar, fa, ru, tr, az), resolved against the
// article's publication date: absolute dates ("28 June 2025", "28.06.2025", "August
// 7, 2008", "28 حزيران/يونيو 2025", "۷ تیر ۱۴۰۴", "15 رمضان 1446 هـ"), months and years
// alone ("in December", "في عام 2020", "в 2020 году"), and relative ones ("last week",
// "on Saturday", "two days ago", "earlier this month", "أمس", "الأسبوع الماضي",
// "в прошлом месяце", "geçen hafta", "دیروز").
#pragma once

#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "text/token.h"

namespace dyad {

struct DateMention {
  size_t first = 0, last = 0;  // token range [first, last) in the sentence
  Span span;                   // in the document text
  // The date at its precision: "YYYY-MM-DD" (day), "YYYY-MM" (month) or "YYYY" (year);
  // empty when the expression was rejected (see problem).
  std::string date;
  // The coarsest of day, month, year that the expression names: "last week" is a
  // month-precision date (the month of the week's middle day) with the week as its span.
  std::string precision;
  std::string begin, end;  // the days it covers, inclusive, YYYY-MM-DD
  bool relative = false;   // resolved against the publication date
  bool future = false;     // after the publication date (a scheduled event)
  // Non-empty when the expression is a date but cannot be used: an impossible day
  // ("31 February 2025"), a year out of range ("20250"), a date far in the future of
  // the article (more than kMaxYearsAhead), or a relative date without a publication
  // date. date, precision, begin and end are then empty.
  std::string problem;
  bool ok() const { return problem.empty() && !date.empty(); }
};

// Dates more than this many years after the publication date are rejected.
constexpr int kMaxYearsAhead = 10;

// The date expressions of one sentence, in order, none overlapping. text is the
// document text the sentence's spans point into; doc_date is the publication date
// (YYYY-MM-DD, may be empty: then only absolute dates resolve). until, when given,
// stops the scan at the first token that starts at or after that text offset: the
// result is then a prefix of the whole list that holds every expression starting
// before until (and may hold one starting later: "on Saturday" scanned from "on"
// yields "Saturday"). Thread-safe.
std::vector<DateMention> RecognizeDates(const Sentence& sentence, std::string_view text,
                                        const std::string& doc_date,
                                        size_t until = std::numeric_limits<size_t>::max());

// Whether a normalised word names a day of the week ("saturday", "السبت", "субботу").
bool IsWeekday(std::string_view norm);

// Clauses, shared by the dates' future cues and the clause of an event (WhenWhere).
// Whether a normalised word opens a clause: "while", "after", "which", "بينما",
// "когда"... (an Arabic-script word also with its conjunction: وبعد, فيما).
bool OpensClause(std::string_view norm);
// Whether token k separates two clauses: ";", ":", "؛", a bracket, a dash between
// spaces, or a comma (the Latin one or the Arabic "،") before a word that opens a
// clause, or before an Arabic-script word with the conjunction و ("، وقال", the ", and"
// of English).
bool ClauseBreak(const std::vector<Token>& tokens, size_t k);
// Whether the date ending at token k belongs to the description of the subject of the
// verb at token `verb`, not to that verb: the verb opens the sentence and the date is
// followed right away by a weekday set off by commas ("طالبت جمعية تضم عمالاً طردتهم
// السلطات عام 1975، الأحد، الحكومة"). Arabic agency copy dates its main verb there,
// after the subject and all that describes it (the year dates طردتهم).
bool DatesOpeningSubject(const std::vector<Token>& tokens, size_t verb, size_t k);

// Day arithmetic on ISO dates, exposed for callers that compare spans: days since
// 1970-01-01 of a valid YYYY-MM-DD (any year 1..9999), and back.
int64_t DaysFromIso(std::string_view iso);
std::string IsoFromDays(int64_t days);

}  // namespace dyad

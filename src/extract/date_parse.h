// Publication dates as pages write them: ISO timestamps, RFC 822 dates, numeric dates,
// month names in many languages ("7 June 2020", "7 июня 2020", "7 يونيو 2020",
// "2020年6月7日"), and dates in URL paths.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// How to read an ambiguous numeric date such as 06/07/2020.
enum class DayOrder { kDayFirst, kMonthFirst };

// The first date found in s, as YYYY-MM-DD (validated), or empty. Reads ISO forms
// (2020-06-07, 2020-06-07T10:00:00Z, 2020/06/07, 20200607 when alone), day-month-year
// and month-day-year with month names or numbers, Unix timestamps when s is only one,
// and CJK year-month-day. order decides 06/07/2020 (both numbers 12 or less).
std::string ParseDate(std::string_view s, DayOrder order = DayOrder::kDayFirst);

// A date in a URL path: /2020/06/07/, /2020-06-07, /20200607/, _20200607_; empty when
// the URL carries only a year and month or nothing.
std::string DateInUrl(std::string_view url);

}  // namespace dyad

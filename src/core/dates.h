// Calendar dates as ISO strings (YYYY-MM-DD), validated.
#pragma once

#include <string>
#include <string_view>

namespace dyad {

// True for a real calendar day between 1900-01-01 and 2199-12-31.
bool IsValidDate(std::string_view iso);

// The first YYYY-MM-DD (or YYYYMMDD, YYYY_MM_DD) found in s that is a valid date,
// e.g. in a file name or a URL path; empty when none.
std::string FindDateIn(std::string_view s);

// The leading YYYY-MM-DD of an ISO 8601 timestamp ("2025-07-01T10:00:00Z"), validated;
// empty when s does not start with a valid date.
std::string DateOfTimestamp(std::string_view s);

}  // namespace dyad

#include "core/dates.h"

#include <cctype>

namespace dyad {
namespace {

bool Digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool ValidYmd(int y, int m, int d) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string Format(int y, int m, int d) {
  char buf[11];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

bool IsValidDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  if (!Digits(s.substr(0, 4)) || !Digits(s.substr(5, 2)) || !Digits(s.substr(8, 2))) return false;
  return ValidYmd(ToInt(s.substr(0, 4)), ToInt(s.substr(5, 2)), ToInt(s.substr(8, 2)));
}

std::string FindDateIn(std::string_view s) {
  for (size_t i = 0; i + 8 <= s.size(); ++i) {
    if (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) continue;
    if (!Digits(s.substr(i, 4))) continue;
    const int y = ToInt(s.substr(i, 4));
    // With separators: YYYY-MM-DD, YYYY_MM_DD, YYYY/MM/DD.
    if (i + 10 <= s.size() && (s[i + 4] == '-' || s[i + 4] == '_' || s[i + 4] == '/') &&
        s[i + 7] == s[i + 4] && Digits(s.substr(i + 5, 2)) && Digits(s.substr(i + 8, 2)) &&
        (i + 10 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 10])))) {
      const int m = ToInt(s.substr(i + 5, 2)), d = ToInt(s.substr(i + 8, 2));
      if (ValidYmd(y, m, d)) return Format(y, m, d);
    }
    // Compact: YYYYMMDD not followed by another digit.
    if (Digits(s.substr(i, 8)) &&
        (i + 8 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 8])))) {
      const int m = ToInt(s.substr(i + 4, 2)), d = ToInt(s.substr(i + 6, 2));
      if (ValidYmd(y, m, d)) return Format(y, m, d);
    }
  }
  return {};
}

std::string DateOfTimestamp(std::string_view s) {
  if (s.size() < 10) return {};
  const std::string_view head = s.substr(0, 10);
  if (!IsValidDate(head)) return {};
  if (s.size() > 10 && std::isdigit(static_cast<unsigned char>(s[10]))) return {};
  return std::string(head);
}

}  // namespace dyad

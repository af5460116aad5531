#include "core/event.h"

#include <set>
#include <string_view>

namespace dyad {

std::string CountryOf(const std::string& code) { return code.size() >= 3 ? code.substr(0, 3) : ""; }

bool IsStateCode(const std::string& code) {
  if (code.size() < 3) return false;
  static const std::set<std::string> kInternational = {"IGO", "NGO", "IMG", "MNC", "UIS", "NGM", "INT"};
  return !kInternational.count(code.substr(0, 3));
}

bool IsArmedGroupCode(const std::string& code) {
  if (code.size() < 6) return false;
  // An international militant group ("IMGMUSALQ") is one wherever it fights.
  if (code.starts_with("IMG")) return true;
  const std::string_view sector = std::string_view(code).substr(3, 3);
  return sector == "REB" || sector == "RAD" || sector == "SEP" || sector == "INS" || sector == "CRM";
}

}  // namespace dyad

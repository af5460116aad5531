// Country codes (data/ontology/countries.tsv): ISO 3166-1 alpha-2, as the gazetteer
// gives a place's country, to the CAMEO actor code dyad uses ("SY" -> "SYR", "XK" ->
// "KSV"). Immutable once loaded; share between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace dyad {

class CountryCodes {
 public:
  // Reads path (iso2 <TAB> code <TAB> name). Malformed lines are appended to problems
  // as file:line and skipped; an unreadable file is an error.
  static Result<std::shared_ptr<const CountryCodes>> Load(const std::string& path,
                                                          std::vector<std::string>* problems);

  // The actor code of an alpha-2 country code, empty when unknown.
  std::string Find(std::string_view iso2) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, std::string> codes_;
};

}  // namespace dyad

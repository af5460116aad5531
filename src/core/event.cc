#include "core/event.h"

namespace dyad {

std::string CountryOf(const std::string& code) { return code.size() >= 3 ? code.substr(0, 3) : ""; }

}  // namespace dyad

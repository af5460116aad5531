// A dyad's relation over time: events per QuadClass and mean Goldstein per period.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace dyad {

struct RelationPeriod {
  std::string period;
  long quad[5] = {0, 0, 0, 0, 0};  // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  long events = 0;
  double mean_goldstein = 0;
};

// Periods from the first to the last with events, empty ones included, so that a
// chart shows quiet months as quiet. a and b are country codes or code prefixes.
Result<std::vector<RelationPeriod>> DyadRelations(Store& store, const std::string& a,
                                                  const std::string& b, const std::string& by,
                                                  bool all_modes);

// The period after p ("2025-12" -> "2026-01", "2025-W52" -> "2026-W00" ...).
std::string NextPeriod(const std::string& p, const std::string& by);

}  // namespace dyad

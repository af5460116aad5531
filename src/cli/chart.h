// Terminal charts of a dyad's relation.
#pragma once

#include <string>
#include <vector>

#include "analysis/relations.h"

namespace dyad::cli {

// One line per period: event counts per QuadClass as a stacked bar, and mean Goldstein
// as a bar to the left (conflict) or right (cooperation) of a centre line.
// color adds ANSI colours (for terminals).
std::string RelationChart(const std::vector<RelationPeriod>& periods, bool color);

// The same figures as a plain table.
std::string RelationTable(const std::vector<RelationPeriod>& periods);

}  // namespace dyad::cli

#include "analysis/relations.h"

#include <cstdio>
#include <cstdlib>

namespace dyad {

std::string NextPeriod(const std::string& p, const std::string& by) {
  char buf[32];
  if (by == "month" && p.size() == 7) {
    int y = std::atoi(p.substr(0, 4).c_str()), m = std::atoi(p.substr(5, 2).c_str()) + 1;
    if (m > 12) m = 1, ++y;
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return buf;
  }
  if (by == "year" && p.size() == 4) {
    std::snprintf(buf, sizeof buf, "%04d", std::atoi(p.c_str()) + 1);
    return buf;
  }
  if (by == "week" && p.size() == 8) {
    // SQLite's %W: weeks 00..53, Monday first.
    int y = std::atoi(p.substr(0, 4).c_str()), w = std::atoi(p.substr(6, 2).c_str()) + 1;
    if (w > 53) w = 0, ++y;
    std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
    return buf;
  }
  return {};  // days: no gap filling
}

Result<std::vector<RelationPeriod>> DyadRelations(Store& store, const std::string& a,
                                                  const std::string& b, const std::string& by,
                                                  bool all_modes) {
  auto rows = store.DyadSeries(a, b, by, all_modes);
  if (!rows.ok()) return rows.status();
  std::vector<RelationPeriod> out;
  for (const auto& r : *rows) {
    // Fill quiet periods between two busy ones (bounded, against odd dates).
    for (int guard = 0; !out.empty() && guard < 520; ++guard) {
      const std::string nx = NextPeriod(out.back().period, by);
      if (nx.empty() || nx >= r.period || r.period == "undated") break;
      out.push_back(RelationPeriod{nx});
    }
    RelationPeriod p{r.period};
    for (int q = 1; q <= 4; ++q) p.quad[q] = r.quad[q];
    p.events = r.events;
    p.mean_goldstein = r.events ? r.goldstein_sum / r.events : 0;
    out.push_back(p);
  }
  return out;
}

}  // namespace dyad

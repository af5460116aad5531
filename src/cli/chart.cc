#include "cli/chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace dyad::cli {
namespace {

// Bar glyphs per QuadClass, distinguishable without colour.
const char* const kGlyph[5] = {"", "▒", "█", "░", "▓"};
const char* const kColor[5] = {"", "\033[32m", "\033[92m", "\033[33m", "\033[31m"};
constexpr const char* kReset = "\033[0m";
constexpr int kCountWidth = 30;
constexpr int kToneHalf = 12;  // characters per side for Goldstein -10..+10

std::string Repeat(const char* s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

std::string RelationTable(const std::vector<RelationPeriod>& periods) {
  std::string out = fmt::format("{:<10} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9}\n", "period", "events",
                                "v.coop", "m.coop", "v.conf", "m.conf", "goldstein");
  for (const auto& p : periods) {
    out += fmt::format("{:<10} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9}\n", p.period, p.events, p.quad[1],
                       p.quad[2], p.quad[3], p.quad[4],
                       p.events ? fmt::format("{:+.2f}", p.mean_goldstein) : "");
  }
  return out;
}

std::string RelationChart(const std::vector<RelationPeriod>& periods, bool color) {
  long max_events = 1;
  for (const auto& p : periods) max_events = std::max(max_events, p.events);
  std::string out;
  out += fmt::format("{:<10} {:<{}} {:>{}}|{:<{}}\n", "", "events by QuadClass", kCountWidth,
                     "conflict", kToneHalf, "cooperation", kToneHalf);
  for (const auto& p : periods) {
    std::string bar;
    int used = 0;
    for (int q = 1; q <= 4; ++q) {
      int w = static_cast<int>(std::lround(static_cast<double>(p.quad[q]) * kCountWidth / max_events));
      if (p.quad[q] > 0 && w == 0) w = 1;
      w = std::min(w, kCountWidth - used);
      if (w <= 0) continue;
      bar += color ? std::string(kColor[q]) + Repeat(kGlyph[q], w) + kReset : Repeat(kGlyph[q], w);
      used += w;
    }
    bar += std::string(kCountWidth - used, ' ');
    std::string tone_left(kToneHalf, ' '), tone_right;
    if (p.events) {
      const int w = std::min(kToneHalf, static_cast<int>(std::lround(std::fabs(p.mean_goldstein) * kToneHalf / 10.0)));
      if (p.mean_goldstein < 0) {
        tone_left = std::string(kToneHalf - w, ' ') + (color ? std::string(kColor[4]) : "") +
                    Repeat("■", w) + (color ? kReset : "");
      } else {
        tone_right = (color ? std::string(kColor[1]) : "") + Repeat("■", w) + (color ? kReset : "");
      }
    }
    out += fmt::format("{:<10} {} {}|{} {}\n", p.period, bar, tone_left, tone_right,
                       p.events ? fmt::format("{} ev, {:+.1f}", p.events, p.mean_goldstein) : "·");
  }
  out += fmt::format("{:<10} {} verbal coop  {} material coop  {} verbal conflict  {} material conflict\n",
                     "", kGlyph[1], kGlyph[2], kGlyph[3], kGlyph[4]);
  return out;
}

}  // namespace dyad::cli

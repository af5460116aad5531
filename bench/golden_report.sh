#!/usr/bin/env bash
# The golden coding suite's scores (tests/golden/coding/*.test through the whole
# pipeline): precision / recall / F1 per language at the exact and root levels, mode
# accuracy, no-event sentences left clean, root-level recall per mode, then the misses.
#   bench/golden_report.sh [MISSES=25] [BUILD_DIR=build]
# MISSES is the number of misses listed per language (0: the table only).
set -euo pipefail
cd "$(dirname "$0")/.."
MISSES="${1:-25}"
BUILD="${2:-build}"
BIN="$BUILD/tests/golden_coding_test"
if [ ! -x "$BIN" ]; then
  [ -f "$BUILD/build.ninja" ] || cmake -S . -B "$BUILD" -G Ninja >/dev/null
  cmake --build "$BUILD" --target golden_coding_test >/dev/null
fi
# The runner prints the table (and misses) from its scoring test; drop gtest's framing.
DYAD_GOLDEN_MISSES="$MISSES" "$BIN" --gtest_filter='GoldenCoding.ScoresStayAboveFloors' \
  --gtest_brief=1 2>&1 | grep -vE '^(Running main|\[|Note: Google Test filter)' || true

#!/usr/bin/env bash
# The date and place dyad gives each event of the seed pages (run on purpose, not in CI):
#   bench/geo_seeds.sh [DYAD=build/dyad]
# The seeds carry no publication date; a fixed one is given, as bench/seeds_score.sh does.
# One line per event: source target code date (precision, mode) place | sentence start.
set -euo pipefail
cd "$(dirname "$0")/.."
dyad=${1:-build/dyad}
shared=${SHARED:-../shared}
for f in "$shared"/seeds/*.txt; do
  echo "== $(basename "$f" .txt)"
  "$dyad" code "$f" --date 2025-07-05 --threads 1 | python3 -c '
import json, sys
for line in sys.stdin:
    e = json.loads(line)
    place = (e.get("place") or {}).get("name") or "-"
    mode = e.get("mode") or "-"
    text = " ".join(e["evidence"]["text"].split())[:60]
    print("  %8s %-8s %-5s %-10s (%s, %s) %s | %s" % (e["source"], e["target"], e["code"], e["date"],
                                                     e["date_precision"], mode, place, text))'
done

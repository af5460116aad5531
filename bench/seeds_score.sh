#!/usr/bin/env bash
# Codes the five seed pages with `dyad code` and scores them against
# ../shared/eval/events/seeds-expected.json (key events: recall; forbidden events).
# The seeds carry no publication date, so a fixed one is given.
# usage: bench/seeds_score.sh [DYAD] [--show N]
set -euo pipefail
cd "$(dirname "$0")/.."
dyad=${1:-build/dyad}; shift || true
shared=${SHARED:-../shared}
out=$(mktemp); trap 'rm -f "$out"' EXIT
for f in "$shared"/seeds/*.txt; do
  id=$(basename "$f" .txt)
  "$dyad" code "$f" --date 2025-07-05 --threads 1 |
    python3 -c 'import sys,json
ev=[json.loads(l) for l in sys.stdin if l.strip()]
print(json.dumps({"id":sys.argv[1],"events":[{"source":e.get("source",""),"target":e.get("target",""),"code":e["code"]} for e in ev]}))' "$id" >>"$out"
done
"$shared"/tools/score-events "$shared"/eval/events/seeds-expected.json "$out" "$@"

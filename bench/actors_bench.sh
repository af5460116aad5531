#!/usr/bin/env bash
# Actor lexicon and recognition: load time, memory and speed.
#
#   bench/actors_bench.sh [DYAD] [REPEAT]
#
# DYAD: the dyad binary (default build/dyad). REPEAT: how many copies of the golden
# test sentences to recognise (default 200). Prints:
#   - the dictionary sizes and the load time of the built-in lexicon (median of 5 runs,
#     wall clock and CPU), and peak memory of a process that only loads it;
#   - the same with the PETRARCH/Phoenix dictionaries added (../shared/data/petrarch),
#     when present;
#   - recognition speed over the golden sentences (tests/golden/actors/*.test) copied
#     REPEAT times, one JSON line per sentence group, and the peak memory of that run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
dyad="${1:-$repo/build/dyad}"
repeat="${2:-200}"
phoenix="$repo/../shared/data/petrarch"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

load_stats() {  # args: extra dyad options
  local runs=()
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$dyad" actors --stats "$@" > "$tmp/stats" 2>/dev/null
    ms=$(sed -n 's/^load \([0-9]*\) ms.*/\1/p' "$tmp/stats")
    read -r _wall user sys rss < "$tmp/time"
    runs+=("$ms $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%d", (u+s)*1000}') $rss")
  done
  grep -v '^load' "$tmp/stats"
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p |
    awk '{printf "load: median %d ms (wall, inside the process); whole process %d ms CPU; peak RSS %.1f MB\n", $1, $2, $3/1024}'
}

echo "== built-in lexicon (data/actors)"
load_stats
if [ -d "$phoenix" ]; then
  echo
  echo "== built-in + PETRARCH Phoenix dictionaries ($phoenix)"
  load_stats --lexicon "$phoenix"
fi

echo
echo "== recognition: golden sentences x $repeat"
python3 - "$repo/tests/golden/actors" "$repeat" > "$tmp/in.jsonl" <<'EOF'
import glob, json, os, sys
cases = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.test"))):
    lang, date = "", ""
    for line in open(path, encoding="utf-8"):
        key, _, value = line.rstrip("\n").partition(": ")
        if key == "lang": lang = value
        elif key == "date": date = "" if value == "-" else value
        elif key == "text": cases.append({"text": value, "lang": lang, "date": date})
n = 0
for _ in range(int(sys.argv[2])):
    for c in cases:
        n += 1
        print(json.dumps(dict(c, id=n), ensure_ascii=False))
EOF
lines=$(wc -l < "$tmp/in.jsonl")
bytes=$(wc -c < "$tmp/in.jsonl")
/usr/bin/time -f "%e %M" -o "$tmp/time" "$dyad" actors --jsonl "$tmp/in.jsonl" > "$tmp/out.jsonl"
read -r wall rss < "$tmp/time"
actors=$(grep -o '"code"' "$tmp/out.jsonl" | wc -l)
awk -v n="$lines" -v b="$bytes" -v w="$wall" -v r="$rss" -v a="$actors" 'BEGIN{
  printf "%d texts (%.1f MB), %d actors in %.2f s (load included): %.0f texts/s, %.2f MB/s; peak RSS %.1f MB\n",
         n, b/1e6, a, w, n/w, b/1e6/w, r/1024 }'

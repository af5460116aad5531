#!/usr/bin/env bash
# Ingest throughput and peak memory on a generated corpus (run on purpose, not in CI).
#   bench/ingest_bench.sh [ARTICLES=10000] [LANG=mix]
# Generates ARTICLES synthetic articles (bench/gen_corpus.py) as plain-text files and
# as one JSON Lines file, ingests each into a fresh SQLite database with 1 thread and
# with all cores, and prints articles/s, MB/s and peak resident memory per run, and the
# CPU seconds (user + system) it took: on a machine shared with other work the wall
# time varies, the CPU time much less.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
LANG_MIX="${2:-mix}"
DYAD=build/dyad
[ -x "$DYAD" ] || scripts/build
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
python3 bench/gen_corpus.py --articles "$N" --out "$OUT/txt" --lang "$LANG_MIX" --seed 42 2>/dev/null
python3 bench/gen_corpus.py --articles "$N" --out "$OUT/jsonl" --lang "$LANG_MIX" --seed 42 --format jsonl 2>/dev/null
bytes=$(du -sb "$OUT/txt" | cut -f1)
echo "corpus: $N articles ($LANG_MIX), $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB of text; $(nproc) cores"
printf "%-8s %-8s %10s %10s %8s %10s %8s %8s\n" input threads seconds articles/s MB/s peak_MB events cpu_s
for input in txt jsonl; do
  for threads in 1 "$(nproc)"; do
    db="$OUT/bench.db"; rm -f "$db" "$db-wal" "$db-shm"
    /usr/bin/time -f "%e %M %U %S" -o "$OUT/time" "$DYAD" ingest -q --threads "$threads" --db "$db" "$OUT/$input"
    read -r secs kb user sys < "$OUT/time"
    events=$(sqlite3 "$db" "SELECT count(*) FROM events")
    docs=$(sqlite3 "$db" "SELECT count(*) FROM documents")
    [ "$docs" -eq "$N" ] || { echo "stored $docs of $N articles" >&2; exit 1; }
    awk -v i="$input" -v t="$threads" -v s="$secs" -v n="$N" -v b="$bytes" -v k="$kb" -v e="$events" -v u="$user" -v y="$sys" \
      'BEGIN{printf "%-8s %-8s %10.2f %10.0f %8.1f %10.1f %8d %8.2f\n", i, t, s, n/s, b/1e6/s, k/1024, e, u + y}'
  done
done

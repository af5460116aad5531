#!/usr/bin/env bash
# Peak memory and speed on a big WARC file generated from dyad's own pages.
#   bench/warc_bench.sh [MB=1000] [OUT_DIR=/tmp/dyad-warc-bench]
# bench/warc_tool.py writes MB megabytes (uncompressed) of synthetic news pages, with
# request, metadata and image records between them, gzip-compressed per record (kept in
# OUT_DIR and reused on the next run). Then, each with /usr/bin/time:
#   dyad extract --format json   (read + extract, one thread)
#   dyad ingest                  (read + extract + code + store, all cores)
# and prints pages, seconds, MB/s of WARC and peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-1000}"
DIR="${2:-/tmp/dyad-warc-bench}"
DYAD=${DYAD:-build/dyad}
[ -x "$DYAD" ] || scripts/build
mkdir -p "$DIR"
WARC="$DIR/bench-$MB.warc.gz"
[ -s "$WARC" ] || python3 bench/warc_tool.py generate "$WARC" --mb "$MB"
raw=$(python3 -c "import gzip,sys; n=0
with gzip.open(sys.argv[1]) as f:
    while (b := f.read(1 << 24)): n += len(b)
print(n)" "$WARC")
echo "$WARC: $(awk -v b="$raw" 'BEGIN{printf "%.0f", b/1e6}') MB uncompressed, $(du -m "$WARC" | cut -f1) MB on disk"
printf "%-8s %8s %9s %8s %9s\n" run pages seconds MB/s peak_MB
/usr/bin/time -f "%e %M" -o "$DIR/time" "$DYAD" extract --format json "$WARC" 2>/dev/null \
  | grep -c '"text"' > "$DIR/pages" || true
read -r secs kb < "$DIR/time"
awk -v p="$(cat "$DIR/pages")" -v s="$secs" -v b="$raw" -v k="$kb" \
  'BEGIN{printf "%-8s %8d %9.1f %8.1f %9.1f\n", "extract", p, s, b/1e6/s, k/1024}'
rm -f "$DIR/bench.db" "$DIR/bench.db-wal" "$DIR/bench.db-shm"
/usr/bin/time -f "%e %M" -o "$DIR/time" "$DYAD" ingest -q --db "$DIR/bench.db" "$WARC" 2>/dev/null || true
read -r secs kb < "$DIR/time"
docs=$(sqlite3 "$DIR/bench.db" "SELECT count(*) FROM documents")
awk -v p="$docs" -v s="$secs" -v b="$raw" -v k="$kb" \
  'BEGIN{printf "%-8s %8d %9.1f %8.1f %9.1f\n", "ingest", p, s, b/1e6/s, k/1024}'

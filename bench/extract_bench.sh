#!/usr/bin/env bash
# Extraction speed, dyad against readability-lxml, on the same pages, in one run.
#   bench/extract_bench.sh [PAGES_DIR=../shared/eval/extraction/html] [PASSES=5]
# Both read the same decompressed HTML files and do main text and metadata (title,
# for readability-lxml, which has no more). Speed is HTML megabytes per CPU second
# (user + system), so it reads as MB/s per core whatever else the machine is doing.
# dyad is timed as a whole process over PASSES passes of the page list (start-up and
# JSON output included); readability-lxml in-process (its start-up left out).
# Needs the Debian package python3-readability (scripts/setup installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES="${1:-../shared/eval/extraction/html}"
PASSES="${2:-5}"
DYAD=${DYAD:-build/dyad}
[ -x "$DYAD" ] || scripts/build
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
mkdir -p "$OUT/html"
for f in "$PAGES"/*; do
  name=$(basename "$f" .gz)
  case "$f" in *.gz) gzip -dc "$f" > "$OUT/html/$name" ;; *) cp "$f" "$OUT/html/$name" ;; esac
done
files=("$OUT"/html/*)
bytes=$(cat "${files[@]}" | wc -c)
echo "pages: ${#files[@]} files, $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB of HTML, $PASSES passes"

# dyad: one process, every page PASSES times.
args=()
for _ in $(seq "$PASSES"); do args+=("${files[@]}"); done
/usr/bin/time -f "%U %S %M" -o "$OUT/time" "$DYAD" extract --format json "${args[@]}" > "$OUT/dyad.jsonl" 2>/dev/null || true
read -r u s kb < "$OUT/time"
dyad_mbs=$(awk -v b="$bytes" -v p="$PASSES" -v u="$u" -v s="$s" 'BEGIN{printf "%.1f", b*p/1e6/(u+s)}')

# readability-lxml, in-process CPU time of the extraction loop.
ra_mbs=$(/usr/bin/python3 - "$PASSES" "${files[@]}" <<'EOF'
import sys, time, logging
logging.disable(logging.CRITICAL)
from readability import Document
passes = int(sys.argv[1])
pages = [open(p, "rb").read().decode("utf-8", "replace") for p in sys.argv[2:]]
size = sum(len(p.encode("utf-8")) for p in pages)
t0 = time.process_time()
for _ in range(passes):
    for html in pages:
        try:
            d = Document(html)
            d.short_title()
            d.summary()
        except Exception:
            pass
cpu = time.process_time() - t0
print(f"{size * passes / 1e6 / cpu:.1f}")
EOF
)
printf "%-18s %10s\n" extractor "MB/s/core"
printf "%-18s %10s   (peak %d MB)\n" dyad "$dyad_mbs" "$((kb / 1024))"
printf "%-18s %10s\n" readability-lxml "$ra_mbs"
awk -v a="$dyad_mbs" -v b="$ra_mbs" 'BEGIN{printf "ratio: dyad is %.1fx faster\n", a/b}'

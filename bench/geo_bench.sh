#!/usr/bin/env bash
# The gazetteer and the geoparser, measured (run on purpose, not in CI):
#   bench/geo_bench.sh [DYAD=build/dyad]
# Prints the size of data/places/, the time and memory it takes to load (dyad places
# on a one-word text against dyad actors, which loads everything else, in the same
# run, best of 5), the geoparser's throughput on generated articles, and, when the
# shared evaluation data is there, the LGL scores (bench/geo_lgl.py).
set -euo pipefail
cd "$(dirname "$0")/.."
DYAD="${1:-build/dyad}"
[ -x "$DYAD" ] || scripts/build
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

echo "== gazetteer size (data/places)"
for f in data/places/*; do
  case "$f" in
    *.gz) printf "  %-28s %8.2f MB on disk, %6.2f MB of text, %7d lines\n" "$f" \
            "$(stat -c %s "$f" | awk '{print $1/1e6}')" "$(zcat "$f" | wc -c | awk '{print $1/1e6}')" \
            "$(zcat "$f" | grep -vc '^#')";;
    *.tsv) printf "  %-28s %8.3f MB on disk, %7d lines\n" "$f" "$(stat -c %s "$f" | awk '{print $1/1e6}')" \
             "$(grep -vc '^#' "$f")";;
  esac
done
printf "  total %.2f MB\n" "$(du -sb data/places | cut -f1 | awk '{print $1/1e6}')"

echo "== load time and memory (best of 5; gazetteer = places - actors)"
best() {  # best wall time and its peak RSS of 5 runs of "$@"
  local b=999 m=0
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" -o "$OUT/t" "$@" >/dev/null 2>&1 || true
    read -r s k < "$OUT/t"
    if awk -v s="$s" -v b="$b" 'BEGIN{exit !(s<b)}'; then b=$s; m=$k; fi
  done
  echo "$b $m"
}
read -r ta ma <<<"$(best "$DYAD" actors --lang en "x")"
read -r tp mp <<<"$(best "$DYAD" places --lang en "x")"
awk -v ta="$ta" -v ma="$ma" -v tp="$tp" -v mp="$mp" 'BEGIN{
  printf "  dyad actors: %.2f s, %.0f MB;  dyad places: %.2f s, %.0f MB\n", ta, ma/1024, tp, mp/1024;
  printf "  gazetteer: %.2f s to load, %.0f MB resident\n", tp-ta, (mp-ma)/1024}'

echo "== throughput (generated English and Arabic articles, one thread)"
python3 bench/gen_corpus.py --articles 2000 --out "$OUT/gen" --lang mix --seed 7 --format jsonl 2>/dev/null
input=$(ls "$OUT"/gen/*.jsonl | head -1)
bytes=$(stat -c %s "$input")
/usr/bin/time -f "%e %M" -o "$OUT/t" "$DYAD" places --jsonl "$input" > /dev/null
read -r s k < "$OUT/t"
awk -v s="$s" -v tp="$tp" -v b="$bytes" 'BEGIN{
  printf "  2000 articles, %.1f MB: %.2f s, %.0f articles/s, %.1f MB/s (load time excluded)\n", b/1e6, s, 2000/(s-tp), b/1e6/(s-tp)}'

if [ -f ../shared/eval/geo/lgl.xml ]; then
  echo "== LGL (toponyms as LGL annotates them: with countries read as actors and nationality words)"
  python3 bench/geo_lgl.py --dyad "$DYAD"
  echo "== LGL, dyad's default output (locations only)"
  python3 bench/geo_lgl.py --dyad "$DYAD" --locations-only
fi

#!/usr/bin/env bash
# Extraction quality on the shared evaluation sets (read at run time, never copied):
#   bench/extract_eval.sh [SHARED=../shared]
# 1. Main text: `dyad extract` on the 97 pages of eval/extraction, written as
#    {"<id>": {"articleBody": ...}} and scored with tools/score-extraction against the
#    ground truth, next to the peers' outputs (F1, precision, recall).
# 2. Dates: the 89 pages of eval/dates given with their URLs (as JSON Lines
#    {"url","html"}, so that dates in URLs count as they do in a crawl), exact-day
#    accuracy of the publication date `dyad extract` finds.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${1:-../shared}"
DYAD=${DYAD:-build/dyad}
[ -x "$DYAD" ] || scripts/build
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

"$DYAD" extract --format json "$SHARED"/eval/extraction/html/*.html.gz > "$OUT/pages.jsonl" 2>/dev/null || true
python3 - "$OUT/pages.jsonl" "$OUT/ours.json" <<'EOF'
import json, os, sys
out = {}
for line in open(sys.argv[1], encoding="utf-8"):
    j = json.loads(line)
    out[os.path.basename(j["file"]).split(".")[0]] = {"articleBody": j.get("text", "")}
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"))
EOF
echo "== main text (eval/extraction)"
"$SHARED"/tools/score-extraction "$SHARED"/eval/extraction/ground-truth.json "$OUT/ours.json" \
  "$SHARED"/eval/extraction/peers/*.json | sed 's/^ours.json /dyad      /'

python3 - "$SHARED" "$OUT/dates.jsonl" <<'EOF'
import gzip, json, sys
shared, path = sys.argv[1], sys.argv[2]
truth = json.load(open(f"{shared}/eval/dates/ground-truth.json", encoding="utf-8"))
with open(path, "w", encoding="utf-8") as f:
    for url, v in truth.items():
        html = gzip.open(f"{shared}/eval/dates/html/{v['file']}").read().decode("utf-8", "replace")
        f.write(json.dumps({"url": url, "html": html}) + "\n")
EOF
"$DYAD" extract --format json "$OUT/dates.jsonl" > "$OUT/dates.out" 2>/dev/null || true
echo "== publication dates (eval/dates)"
python3 - "$SHARED" "$OUT/dates.out" <<'EOF'
import json, sys
shared, path = sys.argv[1], sys.argv[2]
truth = json.load(open(f"{shared}/eval/dates/ground-truth.json", encoding="utf-8"))
found = {}
for line in open(path, encoding="utf-8"):
    j = json.loads(line)
    found[int(j["file"].rsplit(":", 1)[1])] = j.get("date", "")
right = sum(1 for i, v in enumerate(truth.values()) if found.get(i + 1) == v["date"])
none = sum(1 for i in range(len(truth)) if not found.get(i + 1))
print(f"exact day: {right}/{len(truth)} = {right / len(truth):.3f}  (no date found: {none})")
EOF

#!/usr/bin/env bash
# PETRARCH's unit-test records coded by dyad with PETRARCH's own validation dictionaries:
# the share of records coded exactly (the same multiset of source/target/code triples,
# none where PETRARCH expects none), per category and overall, and event-level P/R.
#   bench/petrarch_unit.sh [BUILD_DIR=build] [--keep]
# Needs ../shared/eval/events/petrarch-unit-tests/ (records, verbs, actors, agents), the
# verb importer (tools/import_petrarch_verbs) and an actor lexicon that reads
# *.actors.txt / *.agents.txt; says what is missing and exits 0 when a piece is not there.
#
# How: the validation verbs become a trigger file (import_petrarch_verbs, codes the
# ontology lacks dropped: the validation dictionary uses many WEIS codes), placed in a
# copy of data/ whose data/actors holds only the validation actors and agents; each
# record's <Text> goes through `dyad code --jsonl` with DYAD_DATA pointing at that copy.
# dyad's grammar words (negation, passive, ...) are kept; PETRARCH's parse trees are not
# used. Records of category ERROR (malformed on purpose) are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build}"
KEEP="${2:-}"
UT=../shared/eval/events/petrarch-unit-tests
if [ ! -f "$UT/PETR.UnitTest.records.xml" ]; then
  echo "petrarch_unit: $UT not found; skipped"; exit 0
fi
if ! grep -q 'actors.txt' src/lexicon/actor_lexicon.cc 2>/dev/null; then
  echo "petrarch_unit: the actor lexicon does not read PETRARCH *.actors.txt yet; skipped"; exit 0
fi
if [ ! -f tools/import_petrarch_verbs.cc ]; then
  echo "petrarch_unit: tools/import_petrarch_verbs.cc missing; skipped"; exit 0
fi
[ -f "$BUILD/build.ninja" ] || cmake -S . -B "$BUILD" -G Ninja >/dev/null
if ! cmake --build "$BUILD" --target dyad import_petrarch_verbs >/dev/null 2>&1; then
  echo "petrarch_unit: could not build dyad and import_petrarch_verbs in $BUILD; skipped"; exit 0
fi
IMPORT="$BUILD/src/lexicon/import_petrarch_verbs"
DYAD="$BUILD/dyad"

T="$(mktemp -d)"
[ "$KEEP" = "--keep" ] && echo "petrarch_unit: work files in $T" || trap 'rm -rf "$T"' EXIT
mkdir -p "$T/data/events" "$T/data/actors"
for d in data/*; do
  case "$(basename "$d")" in events|actors) ;; *) ln -s "$PWD/$d" "$T/data/" ;; esac
done
cp data/events/grammar.*.tsv data/events/triggers.ar.tsv "$T/data/events/"
"$IMPORT" "$UT/PETR.Validate.verbs.txt" --ontology data/ontology/cameo.tsv \
  > "$T/data/events/triggers.en.tsv" 2> "$T/import.log"
cp "$UT/PETR.Validate.actors.txt" "$UT/PETR.Validate.agents.txt" "$T/data/actors/"
echo "verbs: $(tail -1 "$T/import.log" | sed 's/^import_petrarch_verbs: //')"

# Records -> JSON Lines input and the expected triples.
python3 - "$UT/PETR.UnitTest.records.xml" "$T/in.jsonl" "$T/expected.json" <<'PY'
import json, re, sys, html
src, out_in, out_exp = sys.argv[1:4]
xml = open(src, encoding="utf-8", errors="replace").read()
xml = re.sub(r"<!--.*?-->", "", xml, flags=re.S)
records, expected = [], {}
for m in re.finditer(r"<Sentence\s([^>]*)>(.*?)</Sentence>", xml, flags=re.S):
    attrs = dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', m.group(1)))
    body = m.group(2)
    cat = attrs.get("category", "")
    if cat.upper().startswith("ERROR") or re.search(r"<EventCoding\s+error", body):
        continue
    t = re.search(r"<Text>(.*?)</Text>", body, flags=re.S)
    if not t:
        continue
    text = " ".join(html.unescape(t.group(1)).split())
    events = []
    for e in re.finditer(r"<EventCoding\s([^>]*)>", body):
        ea = dict(re.findall(r"(\w+)\s*=\s*[\"']([^\"']*)[\"']", e.group(1)))
        if "eventcode" in ea:
            events.append([ea.get("sourcecode", ""), ea.get("targetcode", ""), ea["eventcode"]])
    d = attrs.get("date", "")
    date = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if re.fullmatch(r"\d{8}", d) else ""
    rid = attrs.get("id", f"rec{len(records)}")
    records.append({"id": rid, "text": text, "date": date, "lang": "en"})
    expected[rid] = {"category": cat, "events": events}
with open(out_in, "w") as f:
    for r in records:
        f.write(json.dumps(r) + "\n")
json.dump(expected, open(out_exp, "w"))
PY

DYAD_DATA="$T/data" "$DYAD" code --jsonl --lang en "$T/in.jsonl" > "$T/out.jsonl" 2> "$T/code.log" || true

python3 - "$T/expected.json" "$T/out.jsonl" data/ontology/cameo.tsv <<'PY'
import json, sys, collections
expected = json.load(open(sys.argv[1]))
cameo = {l.split("\t")[0] for l in open(sys.argv[3]) if not l.startswith("#")}
got = {}
for line in open(sys.argv[2]):
    d = json.loads(line)
    if d.get("id") is not None:
        got[d["id"]] = [[e["source"], e["target"], e["code"]] for e in d.get("events", [])]
by_cat = collections.defaultdict(lambda: [0, 0])
tp = npred = ngold = 0
cameo_ok = [0, 0]  # records whose expected codes are all CAMEO codes dyad knows
for rid, exp in expected.items():
    g = collections.Counter(map(tuple, exp["events"]))
    p = collections.Counter(map(tuple, got.get(rid, [])))
    ok = g == p
    by_cat[exp["category"]][0] += ok
    by_cat[exp["category"]][1] += 1
    if all(e[2] in cameo for e in exp["events"]):
        cameo_ok[0] += ok
        cameo_ok[1] += 1
    tp += sum((g & p).values()); npred += sum(p.values()); ngold += sum(g.values())
n = sum(v[1] for v in by_cat.values()); k = sum(v[0] for v in by_cat.values())
print(f"records coded exactly: {k}/{n} = {k / max(n, 1):.1%}")
print(f"  of the {cameo_ok[1]} records whose expected codes are all in cameo.tsv "
      f"(the validation dictionary also uses WEIS codes): {cameo_ok[0]} = {cameo_ok[0] / max(cameo_ok[1], 1):.1%}")
print("by category: " + ", ".join(f"{c} {v[0]}/{v[1]}" for c, v in sorted(by_cat.items())))
P = tp / npred if npred else 0.0; R = tp / ngold if ngold else 0.0
F = 2 * P * R / (P + R) if P + R else 0.0
print(f"events: precision {P:.3f}  recall {R:.3f}  F1 {F:.3f}  ({tp} of {npred} coded, {ngold} expected)")
PY

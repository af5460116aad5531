#!/usr/bin/env bash
# `dyad places`: the listing, the --jsonl contract (one output line per input line, in
# order, malformed lines kept aligned), and bad input: a bad --date, impossible dates,
# user gazetteer lines with absurd coordinates — each named, never used silently.
source "$(dirname "$0")/lib.sh"

out=$("$DYAD" places --date 2025-06-28 "Police raided a cafe in Yekaterinburg last week. Moscow said nothing.")
check "listing shows the place" grep -q '"Yekaterinburg" -> Yekaterinburg (1486209)' <<<"$out"
check "listing shows the resolved date" grep -q '"last week" -> 2025-06 (month; 2025-06-16..2025-06-22' <<<"$out"
check "a capital that speaks is not a place" bash -c '! grep -q "\"Moscow\"" <<<"$1"' _ "$out"
out=$("$DYAD" places --all-toponyms --date 2025-06-28 "Moscow said nothing.")
check "--all-toponyms shows it as a metonym" grep -q 'metonym .*"Moscow"' <<<"$out"

printf '%s\n' \
  '{"id":"a","text":"Protesters gathered in Baku on Saturday.","date":"2025-06-28"}' \
  '{not json' \
  '{"id":7,"text":"وصل الوفد إلى بغداد أمس.","date":"2025-06-28T09:00:00Z"}' \
  '{"id":"c","text":"The deal was signed on 31 February 2025 in Ankara."}' \
  '{"id":"d","text":"They met yesterday in Tbilisi.","date":"June"}' > "$WORK/in.jsonl"
"$DYAD" places --jsonl "$WORK/in.jsonl" > "$WORK/out.jsonl" 2> "$WORK/err"
rc=$?
check "exit status 1 when a line was malformed" test "$rc" -eq 1
check "one output line per input line" test "$(wc -l < "$WORK/out.jsonl")" -eq 5
check "ids in input order" test "$(python3 -c 'import json,sys; print(",".join(str(json.loads(l)["id"]) for l in open(sys.argv[1])))' "$WORK/out.jsonl")" = "a,None,7,c,d"
check "place with GeoNames id and coordinates" python3 - "$WORK/out.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
p = lines[0]["places"][0]
assert (p["text"], p["name"], p["geonameid"], p["country"]) == ("Baku", "Baku", 587084, "AZ"), p
assert abs(p["lat"] - 40.38) < 0.1 and abs(p["lon"] - 49.89) < 0.1, p
d = lines[0]["dates"][0]
assert (d["text"], d["date"], d["precision"]) == ("Saturday", "2025-06-28", "day"), d
text = "Protesters gathered in Baku on Saturday."
assert text.encode()[p["begin"]:p["end"]].decode() == "Baku"
assert lines[1]["error"] == "malformed JSON" and lines[1]["places"] == []
ar = lines[2]
assert [x["geonameid"] for x in ar["places"]] == [98182], ar
assert ar["dates"][0]["date"] == "2025-06-27", ar
bad = lines[3]["dates"][0]
assert bad["date"] is None and "no such day" in bad["problem"], bad
assert lines[4]["dates"][0]["date"] is None, lines[4]
PY
check "malformed line named" grep -q "in.jsonl:2: malformed JSON line" "$WORK/err"
check "unusable date named" grep -q 'in.jsonl:5: "date" is not a valid date' "$WORK/err"

"$DYAD" places --date 2025-02-31 "text" 2> "$WORK/err"
check "bad --date refused with status 2" test $? -eq 2
check "bad --date named" grep -q -- '--date: "2025-02-31" is not a valid YYYY-MM-DD date' "$WORK/err"

printf '%s\n' \
  '# my places' \
  '-	PPL	AZ		40.6	49.6	20000	Testkend	en:Test Kend' \
  '-	PPL	AZ		400.6	49.6	20000	Farkend' \
  '-	PPL	AZ		0	0	20000	Nullkend' > "$WORK/mine.tsv"
out=$("$DYAD" places --gazetteer "$WORK/mine.tsv" "Shelling hit Testkend and Farkend." 2> "$WORK/err")
rc=$?
check "absurd latitude named with file and line" grep -q "mine.tsv:3: latitude 400.6 outside \[-90, 90\]" "$WORK/err"
check "0,0 named" grep -q "mine.tsv:4: coordinates 0,0" "$WORK/err"
check "exit status 1 for bad gazetteer lines" test "$rc" -eq 1
check "good user place used" grep -q '"Testkend" -> Testkend' <<<"$out"
check "rejected user place not used" bash -c '! grep -q "Farkend\" ->" <<<"$1"' _ "$out"
"$DYAD" places --gazetteer "$WORK/missing.tsv" "x" 2> "$WORK/err"
check "missing gazetteer file: status 2" test $? -eq 2
finish

#!/usr/bin/env bash
# Killing dyad ingest mid-run leaves a database that opens and holds every committed
# document with all its events; re-running completes it to the same content as an
# uninterrupted run.
source "$(dirname "$0")/lib.sh"
GEN="$(dirname "$0")/../../bench/gen_corpus.py"
python3 "$GEN" --articles 6000 --out "$WORK/corpus" --seed 7 --lang mix 2>/dev/null
"$DYAD" ingest -q --db "$WORK/full.db" "$WORK/corpus"
full_docs=$(count_docs "$WORK/full.db")
full_events=$(count_events "$WORK/full.db")
check "reference run stored documents" test "$full_docs" -gt 5000

# Small batches so several transactions commit before the kill.
"$DYAD" ingest -q --db "$WORK/killed.db" "$WORK/corpus" --threads 1 &
pid=$!
for _ in $(seq 1 200); do
  sleep 0.05
  n=$(sqlite3 "$WORK/killed.db" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
  [ "${n:-0}" -gt 500 ] && break
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
partial=$(count_docs "$WORK/killed.db")
check "database opens after kill -9" test "$(sqlite3 "$WORK/killed.db" "PRAGMA integrity_check")" = "ok"
check "killed mid-run (some, not all, stored: $partial)" test "$partial" -gt 0 -a "$partial" -lt "$full_docs"
# Every committed document has all its events: compare with the reference run.
sqlite3 "$WORK/killed.db" "ATTACH '$WORK/full.db' AS f;
  SELECT count(*) FROM documents d WHERE
    (SELECT count(*) FROM events e WHERE e.doc = d.id) !=
    (SELECT count(*) FROM f.events e WHERE e.doc = d.id)" > "$WORK/mismatch"
check "committed documents have all their events" test "$(cat "$WORK/mismatch")" -eq 0
"$DYAD" ingest -q --db "$WORK/killed.db" "$WORK/corpus"
check "re-run completes the documents" test "$(count_docs "$WORK/killed.db")" -eq "$full_docs"
check "re-run completes the events" test "$(count_events "$WORK/killed.db")" -eq "$full_events"
finish

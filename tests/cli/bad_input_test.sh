#!/usr/bin/env bash
# Bad input: every case gets one stderr line naming the file (and line) and the
# reason, the run goes on, exits non-zero, and nothing stored is lost or duplicated.
source "$(dirname "$0")/lib.sh"
DB="$WORK/t.db"
IN="$WORK/in"
mkdir -p "$IN"
printf 'Azerbaijani police detained two Russian citizens in Baku on Monday.\n' > "$IN/2025-07-01_good.txt"
: > "$IN/empty.txt"
printf 'PK\003\004\000\000binary' > "$IN/archive.txt"
printf 'caf\351 au lait, the envoy said.\n' > "$IN/latin1.txt"
printf 'The Russian foreign ministry summoned the Azerbaijani ambassador.\n' | gzip > "$IN/full.txt.gz"
head -c 30 "$IN/full.txt.gz" > "$IN/truncated.txt.gz"
printf '{"url":"https://example.org/a","date":"2025-07-02","text":"Turkey hosted Armenian officials in Ankara."}\n{broken json\n' > "$IN/feed.jsonl"

# A first, clean ingest to compare against.
check "good file ingests" "$DYAD" ingest -q --db "$DB" "$IN/2025-07-01_good.txt"
before_docs=$(count_docs "$DB")
before_events=$(count_events "$DB")

"$DYAD" ingest -q --db "$DB" "$IN" "$WORK/does-not-exist" 2> "$WORK/err"
rc=$?
check "exits non-zero when something failed" test "$rc" -ne 0
check "missing path named" grep -q "does-not-exist: no such file or directory" "$WORK/err"
check "empty file named" grep -q "empty.txt: empty file" "$WORK/err"
check "binary file named" grep -q "archive.txt: binary file" "$WORK/err"
check "invalid UTF-8 named with offset" grep -q "latin1.txt: invalid UTF-8 at byte 3" "$WORK/err"
check "truncated gzip named" grep -q "truncated.txt.gz: truncated gzip stream" "$WORK/err"
check "malformed JSON line named" grep -q "feed.jsonl:2: malformed JSON" "$WORK/err"
check "one line per problem" test "$(wc -l < "$WORK/err")" -eq 6
# The good inputs went in; the one already stored is not duplicated.
check "good documents stored, none duplicated" test "$(count_docs "$DB")" -eq $((before_docs + 2))
check "earlier events kept" test "$(sqlite3 "$DB" "SELECT count(*) FROM events WHERE doc IN (SELECT id FROM documents WHERE origin LIKE '%good.txt')")" -eq "$before_events"

# Running the same input again stores nothing new.
docs=$(count_docs "$DB"); events=$(count_events "$DB")
"$DYAD" ingest -q --db "$DB" "$IN" 2>/dev/null
check "re-ingest stores nothing twice" test "$(count_docs "$DB")" -eq "$docs" -a "$(count_events "$DB")" -eq "$events"

# A directory that cannot be read (as a user without permission).
mkdir -p "$WORK/locked" && cp "$IN/2025-07-01_good.txt" "$WORK/locked/" && chmod 000 "$WORK/locked"
AS_NOBODY="setpriv --reuid=65534 --regid=65534 --clear-groups"
if [ "$(id -u)" -ne 0 ]; then
  "$DYAD" ingest -q --db "$DB" "$WORK/locked" 2> "$WORK/err2"; rc=$?
elif command -v setpriv >/dev/null && $AS_NOBODY "$DYAD" --version >/dev/null 2>&1 &&
     $AS_NOBODY test -r "$(dirname "$0")/lib.sh"; then
  # The unprivileged user needs a writable directory for the database and its WAL.
  chmod 755 "$WORK"; mkdir -m 777 "$WORK/nobody"
  setpriv --reuid=65534 --regid=65534 --clear-groups "$DYAD" ingest -q --db "$WORK/nobody/n.db" "$WORK/locked" 2> "$WORK/err2"
  rc=$?
else
  rc=skip  # root cannot be denied, and the build tree is not reachable as nobody
fi
if [ "$rc" = skip ]; then
  echo "note: unreadable-directory case not checked (cannot run dyad as an unprivileged user here)"
else
  check "unreadable directory: non-zero" test "$rc" -ne 0
  check "unreadable directory named" grep -q "locked: cannot read directory" "$WORK/err2"
fi
chmod 755 "$WORK/locked"

# Not a database, and a bad --date.
printf 'hello' > "$WORK/notdb.db"
"$DYAD" ingest -q --db "$WORK/notdb.db" "$IN/2025-07-01_good.txt" 2> "$WORK/err3"
check "a non-database file is refused" test $? -eq 2
check "the refused database is named" grep -q "notdb.db: not a dyad database" "$WORK/err3"
check "the refused file is untouched" test "$(cat "$WORK/notdb.db")" = "hello"
"$DYAD" ingest -q --db "$DB" --date 2025-02-31 "$IN/2025-07-01_good.txt" 2> "$WORK/err4"
check "impossible --date refused" grep -q "is not a valid YYYY-MM-DD date" "$WORK/err4"

# stdin.
printf 'Armenia and Azerbaijan signed a border agreement.\n' | "$DYAD" ingest -q --db "$DB" --date 2025-08-08 -
check "stdin ingests" test "$(sqlite3 "$DB" "SELECT count(*) FROM documents WHERE origin='-'")" -eq 1
check "integrity" test "$(sqlite3 "$DB" "PRAGMA integrity_check")" = "ok"
finish

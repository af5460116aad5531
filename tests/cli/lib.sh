# Helpers for the command-line tests. Each test script sources this file.
set -uo pipefail
DYAD="${DYAD:?set DYAD to the dyad binary}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FAILS=0
PASSES=0

check() {  # check "description" command...
  local what="$1"; shift
  if "$@"; then PASSES=$((PASSES + 1)); else echo "FAIL: $what"; FAILS=$((FAILS + 1)); fi
}

finish() {
  echo "$PASSES passed, $FAILS failed"
  [ "$FAILS" -eq 0 ]
}

count_docs() { sqlite3 "$1" "SELECT count(*) FROM documents"; }
count_events() { sqlite3 "$1" "SELECT count(*) FROM events"; }

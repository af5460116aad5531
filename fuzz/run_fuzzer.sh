#!/usr/bin/env bash
# Runs a fuzzer briefly and deterministically: a fixed seed and number of runs, from the
# checked-in seed corpus, into a fresh scratch corpus (so nothing is left behind).
#   run_fuzzer.sh FUZZER SEED_CORPUS_DIR [RUNS=20000]
set -euo pipefail
fuzzer="$1"; seeds="$2"; runs="${3:-20000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
"$fuzzer" -seed=1 -runs="$runs" -max_total_time=60 -max_len=16384 -rss_limit_mb=2048 \
  -timeout=10 -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "$seeds" > "$work/log" 2>&1 || {
  # A failure: show the report and the input that caused it.
  tail -n 60 "$work/log"
  exit 1
}
tail -n 6 "$work/log"

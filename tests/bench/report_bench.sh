#!/usr/bin/env bash
# Report benchmark: the monthly report (PDF and XLSX) from a demo county of N
# enterprises, each format timed over several runs; prints the medians.
#   tests/bench/report_bench.sh BUILD_DIR [ENTERPRISES] [RUNS]
set -euo pipefail
build=$1; enterprises=${2:-100000}; runs=${3:-5}
cli="$build/app/cli/faircheck-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" --db "$work/county.db" demo --enterprises "$enterprises" --as-of 2026-11-29 --json >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for format in pdf xlsx; do
  times=()
  for i in $(seq "$runs"); do
    s=$(date +%s.%N)
    "$cli" --db "$work/county.db" report monthly --month 2026-10 --format "$format" --out "$work/report.$format" >/dev/null
    e=$(date +%s.%N)
    times+=("$(echo "$e - $s" | bc)")
  done
  echo "$format: median $(printf '%s\n' "${times[@]}" | median) s over $runs runs (whole command, $enterprises enterprises)"
done

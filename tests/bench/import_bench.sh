#!/usr/bin/env bash
# Import benchmark: N enterprise rows from CSV with full validation through
# faircheck-cli, beside sqlite3's own .import of the same file into a plain table
# (the floor: no validation, no indexes). Prints each run and the medians.
#   tests/bench/import_bench.sh BUILD_DIR CSV [RUNS]
# Make the CSV with: faircheck-cli --db county.db export enterprises --out million.csv
set -euo pipefail
build=$1; csv=$2; runs=${3:-3}
cli="$build/app/cli/faircheck-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
floor=(); ours=()
for i in $(seq "$runs"); do
  rm -f "$work"/plain.db* "$work"/fc.db*
  floor+=("$(seconds sqlite3 "$work/plain.db" ".import --csv $csv enterprise")")
  "$cli" --db "$work/fc.db" init >/dev/null
  ours+=("$(seconds "$cli" --db "$work/fc.db" import enterprises "$csv")")
  echo "run $i: sqlite3 .import ${floor[-1]} s, faircheck import ${ours[-1]} s"
done
f=$(printf '%s\n' "${floor[@]}" | median); o=$(printf '%s\n' "${ours[@]}" | median)
echo "median: sqlite3 .import $f s, faircheck import $o s, ratio $(echo "scale=2; $o / $f" | bc)"

#!/usr/bin/env bash
# Import benchmark: N enterprise rows from CSV with full validation through
# faircheck-cli, beside sqlite3's own .import of the same file into a plain table
# (the floor: no validation, no indexes). A third figure, for reference: the same
# .import followed by the eight indexes the register keeps (the USCC's unique one and
# the seven that let a page of a million rows open sorted at once), built by sqlite3
# itself on the plain table's columns. Prints each run and the medians.
#   tests/bench/import_bench.sh BUILD_DIR CSV [RUNS]
# Make the CSV with: faircheck-cli --db county.db export enterprises --out million.csv
set -euo pipefail
build=$1; csv=$2; runs=${3:-3}
cli="$build/app/cli/faircheck-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# Each timed run starts with the files before it on the disk: otherwise it pays for
# writing out the hundreds of megabytes the previous one left in the page cache.
seconds() { local s e; sync; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
# The register's indexes (core/db/schema) on the columns the export's headers name;
# the credit tier and score are not in the file and stay empty, as after an import.
indexed() {
  sqlite3 "$1" ".import --csv $csv enterprise" \
    'ALTER TABLE enterprise ADD COLUMN credit_tier' 'ALTER TABLE enterprise ADD COLUMN credit_score' \
    'CREATE UNIQUE INDEX enterprise_uscc ON enterprise("统一社会信用代码")' \
    'CREATE INDEX enterprise_name ON enterprise("企业名称")' \
    'CREATE INDEX enterprise_township ON enterprise("乡镇（街道）", "企业名称")' \
    'CREATE INDEX enterprise_industry ON enterprise("行业代码", "企业名称")' \
    'CREATE INDEX enterprise_tier ON enterprise(credit_tier, "企业名称")' \
    'CREATE INDEX enterprise_status ON enterprise("登记状态", "企业名称")' \
    'CREATE INDEX enterprise_registration ON enterprise("成立日期")' \
    'CREATE INDEX enterprise_score ON enterprise(credit_score)'
}
floor=(); withIndexes=(); ours=()
for i in $(seq "$runs"); do
  rm -f "$work"/plain.db* "$work"/indexed.db* "$work"/fc.db*
  "$cli" --db "$work/fc.db" init >/dev/null
  # The order turns each run: a command timed after another one runs a little slower
  # (seen both ways), so none of the three always comes first.
  for step in $(printf 'ours\nfloor\nindexed\n' | tail -n +$((i % 3 + 1)); printf 'ours\nfloor\nindexed\n' | head -n $((i % 3))); do
    case $step in
      ours) ours+=("$(seconds "$cli" --db "$work/fc.db" import enterprises "$csv" --no-credit)") ;;
      floor) floor+=("$(seconds sqlite3 "$work/plain.db" ".import --csv $csv enterprise")") ;;
      indexed) withIndexes+=("$(seconds indexed "$work/indexed.db")") ;;
    esac
  done
  echo "run $i: sqlite3 .import ${floor[-1]} s (with the register's indexes ${withIndexes[-1]} s), faircheck import ${ours[-1]} s"
done
f=$(printf '%s\n' "${floor[@]}" | median); x=$(printf '%s\n' "${withIndexes[@]}" | median); o=$(printf '%s\n' "${ours[@]}" | median)
echo "median: sqlite3 .import $f s, with the register's indexes $x s, faircheck import $o s"
echo "ratio to the floor $(echo "scale=2; $o / $f" | bc) (goal: 3), to sqlite3 with the same indexes $(echo "scale=2; $o / $x" | bc)"

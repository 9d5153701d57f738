#!/usr/bin/env bash
# Crash safety: kills faircheck-cli with SIGKILL at random moments during an import, a
# plan creation, a full credit recompute and a township's import of the county's first
# exchange package, and after each kill checks that
#   - faircheck-cli check passes (the file is sound and its invariants hold), and
#   - the operation was applied wholly or not at all: the digest of the tables it
#     writes is exactly the one before or the one after an uninterrupted run.
# A first import into an empty file runs with a rollback journal instead of the
# write-ahead log (core/db/BulkLoadJournal); it is killed too.
# usage: kill-test.sh CLI WORKDIR [IMPORT_KILLS] [RECOMPUTE_KILLS] [PLAN_KILLS] [FIRST_IMPORT_KILLS] [EXCHANGE_KILLS]
set -euo pipefail
cli="$1"; work="$2"; import_kills="${3:-60}"; recompute_kills="${4:-40}"; plan_kills="${5:-30}"; first_kills="${6:-30}"
exchange_kills="${7:-20}"
rm -rf "$work"; mkdir -p "$work"; cd "$work"
RANDOM=42 # the same kill moments every run

fail() { echo "FAIL: $*" >&2; exit 1; }
digest() { sqlite3 "$1" "SELECT count(*), group_concat(r, '|') FROM (SELECT uscc || name || COALESCE(credit_score, '') || COALESCE(credit_tier, '') AS r FROM enterprise ORDER BY uscc)" | sha256sum | cut -d' ' -f1; }
exchange_digest() { sqlite3 "$1" "SELECT (SELECT count(*) FROM enterprise), (SELECT count(*) FROM credit_event), (SELECT count(*) FROM visit), (SELECT count(*) FROM inspection_task), (SELECT count(*) FROM clue), (SELECT count(*) FROM exchange_key), (SELECT count(*) FROM exchange_row), (SELECT group_concat(last_received) FROM office_peer), (SELECT group_concat(COALESCE(credit_score, '')) FROM (SELECT credit_score FROM enterprise ORDER BY uscc))" | sha256sum | cut -d' ' -f1; }
plan_digest() { sqlite3 "$1" "SELECT (SELECT count(*) FROM inspection_plan), (SELECT count(*) FROM plan_department), (SELECT count(*) FROM visit), (SELECT count(*) FROM inspection_task), (SELECT count(*) FROM task_item), (SELECT count(*) FROM visit_officer), (SELECT count(*) FROM plan_exception), (SELECT count(*) FROM setting), (SELECT group_concat(inspection_code) FROM (SELECT inspection_code FROM visit ORDER BY id))" | sha256sum | cut -d' ' -f1; }
run_and_kill() { # db delay_ms command...: 0 when killed while running, 1 when it had finished
  local db="$1" delay="$2"; shift 2
  "$cli" --db "$db" "$@" > /dev/null 2>&1 &
  local pid=$!
  sleep "$(printf '0.%03d' "$delay")"
  if kill -9 "$pid" 2> /dev/null; then wait "$pid" 2> /dev/null || true; return 0; fi
  wait "$pid" 2> /dev/null || true; return 1
}

# The county before, a roster of 20,000 enterprises to import, and the states after.
"$cli" --db source.db demo --seed 9 --enterprises 20000 > /dev/null 2>&1
"$cli" --db source.db export enterprises --out roster.csv > /dev/null
"$cli" --db base.db demo --seed 3 --enterprises 1000 > /dev/null 2>&1
cp base.db imported.db
"$cli" --db imported.db import enterprises roster.csv > /dev/null
"$cli" --db empty.db init > /dev/null
cp empty.db first-loaded.db
"$cli" --db first-loaded.db import enterprises roster.csv > /dev/null
before_first="$(digest empty.db)"; after_first="$(digest first-loaded.db)"
[ "$before_first" != "$after_first" ] || fail "the first import changes nothing to tell apart"
cp imported.db recomputed.db
"$cli" --db recomputed.db credit recompute --full --as-of 2026-11-29 > /dev/null
before_import="$(digest base.db)"; after_import="$(digest imported.db)"
before_recompute="$(digest imported.db)"; after_recompute="$(digest recomputed.db)"
[ "$before_import" != "$after_import" ] || fail "the import changes nothing to tell apart"
[ "$before_recompute" != "$after_recompute" ] || fail "the recompute changes nothing to tell apart"
# A quarter's inspection plan on the 20,000-enterprise county.
plan_args=(plan create --from 2027-01-01 --to 2027-03-31 --seed kill-test --provisional-calendar)
cp source.db planned.db
"$cli" --db planned.db "${plan_args[@]}" > /dev/null
before_plan="$(plan_digest source.db)"; after_plan="$(plan_digest planned.db)"
[ "$before_plan" != "$after_plan" ] || fail "the plan changes nothing to tell apart"

# The county's first package for its largest township, and that township's new file.
cp source.db county.db
"$cli" --db county.db office set county 清溪县司法局 > /dev/null
IFS='|' read -r township township_code < <(sqlite3 county.db "SELECT t.name, t.code FROM township t JOIN enterprise e ON e.township_id = t.id GROUP BY t.id ORDER BY count(*) DESC LIMIT 1")
"$cli" --db township.db init > /dev/null
"$cli" --db township.db office set township "$township" --code "$township_code" > /dev/null
"$cli" --db county.db office key --out county.json > /dev/null
"$cli" --db township.db office key --out township.json > /dev/null
"$cli" --db county.db office trust township.json > /dev/null
"$cli" --db township.db office trust county.json > /dev/null
"$cli" --db county.db exchange export "$township" --out first.fcx > /dev/null
cp township.db received.db
"$cli" --db received.db exchange import first.fcx > /dev/null
before_exchange="$(exchange_digest township.db)"; after_exchange="$(exchange_digest received.db)"
[ "$before_exchange" != "$after_exchange" ] || fail "the exchange import changes nothing to tell apart"

interrupted=0
check_after_kill() { # db expected_before expected_after label
  "$cli" --db "$1" check > check.log 2>&1 || { cat check.log; fail "$4: check failed after a kill"; }
  local now; now="$(digest "$1")"
  [ "$now" = "$2" ] || [ "$now" = "$3" ] || fail "$4: the operation was half applied"
}
for ((i = 1; i <= import_kills; i++)); do
  rm -f victim.db victim.db-wal victim.db-shm victim.db-journal; cp base.db victim.db
  if run_and_kill victim.db $((RANDOM % 1800)) import enterprises roster.csv; then interrupted=$((interrupted + 1)); fi
  check_after_kill victim.db "$before_import" "$after_import" "import kill $i"
done
for ((i = 1; i <= first_kills; i++)); do
  rm -f victim.db victim.db-wal victim.db-shm victim.db-journal; cp empty.db victim.db
  if run_and_kill victim.db $((RANDOM % 250)) import enterprises roster.csv; then interrupted=$((interrupted + 1)); fi
  check_after_kill victim.db "$before_first" "$after_first" "first import kill $i"
done
for ((i = 1; i <= recompute_kills; i++)); do
  rm -f victim.db victim.db-wal victim.db-shm victim.db-journal; cp imported.db victim.db
  if run_and_kill victim.db $((RANDOM % 3000)) credit recompute --full --as-of 2026-11-29; then interrupted=$((interrupted + 1)); fi
  check_after_kill victim.db "$before_recompute" "$after_recompute" "recompute kill $i"
done
for ((i = 1; i <= plan_kills; i++)); do
  rm -f victim.db victim.db-wal victim.db-shm victim.db-journal; cp source.db victim.db
  if run_and_kill victim.db $((RANDOM % 1200)) "${plan_args[@]}"; then interrupted=$((interrupted + 1)); fi
  "$cli" --db victim.db check > check.log 2>&1 || { cat check.log; fail "plan kill $i: check failed after a kill"; }
  now="$(plan_digest victim.db)"
  [ "$now" = "$before_plan" ] || [ "$now" = "$after_plan" ] || fail "plan kill $i: the plan was half written"
done
for ((i = 1; i <= exchange_kills; i++)); do
  rm -f victim.db victim.db-wal victim.db-shm victim.db-journal; cp township.db victim.db
  if run_and_kill victim.db $((RANDOM % 1400)) exchange import first.fcx; then interrupted=$((interrupted + 1)); fi
  "$cli" --db victim.db check > check.log 2>&1 || { cat check.log; fail "exchange kill $i: check failed after a kill"; }
  now="$(exchange_digest victim.db)"
  [ "$now" = "$before_exchange" ] || [ "$now" = "$after_exchange" ] || fail "exchange kill $i: the package was half imported"
done
total=$((import_kills + first_kills + recompute_kills + plan_kills + exchange_kills))
echo "PASS: $total SIGKILLs ($interrupted while the operation was running: import, first import, plan creation, recompute, exchange import); every file passed check and was wholly before or after"
[ "$interrupted" -ge $((total / 2)) ] || fail "only $interrupted of $total kills hit a running operation; the timings need adjusting"

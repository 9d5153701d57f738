#!/usr/bin/env bash
# A FairCheck window keeps its database safe while the command line and a second window
# use the same file. SQLite's "How To Corrupt" guide, 2.2: a process that closes any
# descriptor of the database file loses its locks on it, and the next program to close
# the file then checkpoints and deletes the WAL the window still writes to. After every
# command here the window must still hold its lock on the file (as /proc/locks shows),
# the WAL must still exist, and at the end `check` must pass.
# usage: gui-and-cli.sh CLI GUI WORKDIR
set -euo pipefail
cli="$1"; gui="$2"; work="$3"
rm -rf "$work"; mkdir -p "$work"; cd "$work"
export QT_QPA_PLATFORM=offscreen
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cli" --db county.db demo --seed 5 --enterprises 300 > /dev/null 2>&1
"$cli" --db county.db export enterprises --out register.csv > /dev/null
printf '%%PDF-1.4 evidence\n' > evidence.pdf

"$gui" --db county.db > gui.log 2>&1 &
gui_pid=$!
trap 'kill "$gui_pid" 2> /dev/null || true' EXIT
inode="$(stat -c %i county.db)"
window_holds_lock() { grep -Eq "POSIX +ADVISORY +(READ|WRITE) +$gui_pid [0-9a-f]+:[0-9a-f]+:$inode " /proc/locks; }
for _ in $(seq 100); do window_holds_lock && break; sleep 0.1; done
sleep 1 # the window's daily backup runs on a worker thread with a connection of its own
window_holds_lock || fail "the window holds no lock on the database after opening it"
[ -f county.db.lock ] || fail "the window did not claim the file (county.db.lock)"

after() {
  kill -0 "$gui_pid" 2> /dev/null || fail "the window exited during: $*"
  window_holds_lock || fail "the window lost its lock on the database after: $*"
  [ -f county.db-wal ] || fail "the WAL was deleted under the open window after: $*"
}
run() { "$cli" --db county.db "$@" > out.log 2>&1 || { cat out.log; fail "faircheck-cli $* failed"; }; after "$*"; }

run kpi --month 2026-10
run check
run backup copy.db
run backups now
run backups list
run audit verify
run export enterprises --out again.csv
run report monthly --month 2026-10 --format pdf --out report.pdf
run report monthly --month 2026-10 --format docx --out report.docx
run import enterprises register.csv
run credit recompute --full
run plan create --from 2027-01-04 --to 2027-01-29 --seed locks --provisional-calendar
visit="$(sqlite3 county.db 'SELECT max(id) FROM visit')"
run visit code "$visit" --out code.png
clue="$(sqlite3 county.db 'SELECT min(id) FROM clue')"
run clue attach "$clue" evidence.pdf
# Named as an input or an output, the database and its working files are refused.
for own in county.db county.db-wal county.db-shm; do
  if "$cli" --db county.db import enterprises "$own" > out.log 2>&1; then fail "importing $own was accepted"; fi
  after "import $own"
  if "$cli" --db county.db visit code "$visit" --out "$own" > out.log 2>&1; then fail "writing a code onto $own was accepted"; fi
  after "visit code --out $own"
done
if "$cli" --db county.db backups restore "$(ls backups/*.db | head -n1)" > out.log 2>&1; then fail "a restore replaced the open file"; fi
grep -q "county.db.lock\|open in\|打开" out.log || { cat out.log; fail "the refused restore did not say the file is open"; }
after "backups restore"

# A second window on the same file opens it read-only and leaves the first one's lock.
"$gui" --db county.db --page dashboard --screenshot second.png > second.log 2>&1 || { cat second.log; fail "the second window failed"; }
after "a second window opened and closed"

# The window writes (its closing backup) and exits; the file is sound.
kill -TERM "$gui_pid"; wait "$gui_pid" 2> /dev/null || true
trap - EXIT
"$cli" --db county.db check > out.log 2>&1 || { cat out.log; fail "check failed after the window closed"; }
echo "the window kept its lock and its WAL through $(grep -c '^run ' "$0") commands"

#!/usr/bin/env bash
# A database opened or created on a full disk is refused saying the disk is full, and a
# file the attempt created is not left behind. The full disk is a 96 KiB tmpfs mounted in
# a private mount namespace (unshare), so nothing outside the test sees it.
# usage: disk-full.sh CLI WORKDIR
set -euo pipefail
cli="$1"; work="$2"
rm -rf "$work"; mkdir -p "$work/full"
unshare -rm bash -s "$cli" "$work" <<'INNER'
set -euo pipefail
cli="$1"; work="$2"
mount -t tmpfs -o size=96k tmpfs "$work/full"
fail() { echo "FAIL: $*" >&2; exit 1; }
status=0
"$cli" --lang en --db "$work/full/county.db" init > "$work/out.log" 2>&1 || status=$?
[ "$status" -eq 2 ] || { cat "$work/out.log"; fail "init on a full disk exited with $status, not 2"; }
grep -q "is full" "$work/out.log" || { cat "$work/out.log"; fail "the message does not say the disk is full"; }
[ ! -e "$work/full/county.db" ] || fail "a half-made database was left on the full disk"
echo "refused on a full disk: $(head -n1 "$work/out.log")"
INNER

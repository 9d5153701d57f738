#!/usr/bin/env bash
# Installs the built FairCheck package into a fresh Debian 12 root and uses it there,
# proving the package carries (or depends on) everything the program needs:
#   1. debootstrap a minimal bookworm root; install OLD.deb with apt (dependencies from
#      Debian, no recommends);
#   2. as an ordinary user: --version, `demo` and `check` on a new file, and a file of
#      schema 1 (written by the first release) placed at the default location;
#   3. install NEW.deb over OLD.deb: the user's files are untouched; the first `check`
#      upgrades the schema-1 file after copying it to faircheck.db.schema1.bak;
#   4. the GUI renders the dashboard offscreen in the user's language (zh_CN).
# usage (as root): fresh-root-install.sh OLD.deb NEW.deb SCHEMA1.sql OUTDIR
set -euo pipefail

old_deb="$(realpath "$1")"; new_deb="$(realpath "$2")"; schema1="$(realpath "$3")"; out="$(realpath -m "$4")"
root="${FAIRCHECK_FRESH_ROOT:-/var/tmp/faircheck-fresh-root}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
cache="/var/cache/faircheck-debootstrap"

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }
[ "$(id -u)" -eq 0 ] || fail "this test needs root (debootstrap and chroot)"
for tool in debootstrap sqlite3 dpkg-deb; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done
mkdir -p "$out" "$cache"

unmount_all() {
  for m in dev/pts dev proc; do mountpoint -q "$root/$m" && umount -l "$root/$m" || true; done
}
trap unmount_all EXIT

step "debootstrap bookworm (minbase) into $root"
unmount_all
rm -rf "$root"
debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" > "$out/debootstrap.log" 2>&1 \
  || { tail -20 "$out/debootstrap.log"; fail "debootstrap failed"; }
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
echo "deb $mirror bookworm main" > "$root/etc/apt/sources.list"

in_root() { chroot "$root" "$@"; }
as_user() {
  chroot --userspec=clerk:clerk "$root" env -i HOME=/home/clerk USER=clerk PATH=/usr/bin:/bin \
    LANG=zh_CN.UTF-8 XDG_RUNTIME_DIR=/tmp/clerk-runtime "$@"
}
install_deb() {
  cp "$1" "$root/tmp/$(basename "$1")"
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$1")" >> "$out/apt.log" 2>&1 || { tail -30 "$out/apt.log"; fail "apt could not install $(basename "$1")"; }
}
digest() { sha256sum "$root$1" | cut -d' ' -f1; }

step "install $(basename "$old_deb") with its dependencies"
in_root apt-get update -q > "$out/apt.log" 2>&1 || fail "apt-get update failed in the fresh root"
install_deb "$old_deb"
old_version="$(in_root dpkg-query -W -f='${Version}' faircheck)"
in_root useradd --create-home clerk
in_root install -d -o clerk -g clerk -m 700 /tmp/clerk-runtime

step "faircheck-cli and faircheck --version"
expected="$(dpkg-deb -f "$old_deb" Version | sed 's/-[^-]*$//')"
as_user faircheck-cli --version | grep -qx "faircheck $expected" || fail "faircheck-cli --version is not $expected"
as_user faircheck --version | grep -q "$expected" || fail "faircheck --version is not $expected"

step "demo county and check on a new file"
as_user faircheck-cli --db /home/clerk/county.db demo --enterprises 400 > "$out/demo.txt" 2>&1 || { cat "$out/demo.txt"; fail "demo failed"; }
as_user faircheck-cli --db /home/clerk/county.db check > "$out/check.txt" 2>&1 || { cat "$out/check.txt"; fail "check failed"; }

step "a database of schema 1 at the default location"
data_dir=/home/clerk/.local/share/FairCheck/faircheck
in_root install -d -o clerk -g clerk "/home/clerk/.local" "/home/clerk/.local/share" "/home/clerk/.local/share/FairCheck" "$data_dir"
sqlite3 "$root$data_dir/faircheck.db" < "$schema1"
sqlite3 "$root$data_dir/faircheck.db" "PRAGMA application_id = 1178815281; PRAGMA user_version = 1;
  INSERT INTO enterprise (uscc, name) VALUES ('91330100799655058B', '老数据有限公司');"
in_root chown clerk:clerk "$data_dir/faircheck.db"
schema1_digest="$(digest "$data_dir/faircheck.db")"
county_digest="$(digest /home/clerk/county.db)"

step "upgrade to $(basename "$new_deb")"
install_deb "$new_deb"
new_version="$(in_root dpkg-query -W -f='${Version}' faircheck)"
[ "$new_version" != "$old_version" ] || fail "the package version did not change ($old_version)"
dpkg --compare-versions "$new_version" gt "$old_version" || fail "$new_version is not newer than $old_version"
[ "$(digest /home/clerk/county.db)" = "$county_digest" ] || fail "the upgrade changed the user's database"
[ "$(digest "$data_dir/faircheck.db")" = "$schema1_digest" ] || fail "the upgrade touched the schema-1 file"

step "first open after the upgrade migrates the schema-1 file, after a backup"
as_user faircheck-cli check > "$out/check-migrated.txt" 2>&1 || { cat "$out/check-migrated.txt"; fail "check of the migrated file failed"; }
[ -f "$root$data_dir/faircheck.db.schema1.bak" ] || fail "no backup was taken before the upgrade"
[ "$(digest "$data_dir/faircheck.db.schema1.bak")" != "" ] || fail "empty backup"
[ "$(sqlite3 "$root$data_dir/faircheck.db.schema1.bak" 'PRAGMA user_version')" = 1 ] || fail "the backup is not the schema-1 file"
[ "$(sqlite3 "$root$data_dir/faircheck.db" 'PRAGMA user_version')" -gt 1 ] || fail "the file was not migrated"
[ "$(sqlite3 "$root$data_dir/faircheck.db" "SELECT name FROM enterprise WHERE uscc = '91330100799655058B'")" = "老数据有限公司" ] \
  || fail "the migrated file lost its data"

step "the GUI renders the dashboard offscreen, in Chinese"
as_user faircheck --db /home/clerk/county.db --page dashboard --screenshot /tmp/dashboard.png > "$out/screenshot.txt" 2>&1 \
  || { cat "$out/screenshot.txt"; fail "the GUI could not render"; }
# The program's own message is translated: proof the zh_CN catalogue loaded from the package.
grep -q '仪表盘\|截图' "$out/screenshot.txt" || { cat "$out/screenshot.txt"; fail "the GUI did not speak Chinese"; }
cp "$root/tmp/dashboard.png" "$out/fresh-root-dashboard.png"
[ "$(stat -c %s "$out/fresh-root-dashboard.png")" -gt 20000 ] || fail "the screenshot is suspiciously small"

echo "PASS: $old_version installed, used and upgraded to $new_version in a fresh Debian 12 root; screenshot $out/fresh-root-dashboard.png"

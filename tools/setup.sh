#!/usr/bin/env bash
# FairCheck set-up on Debian 12 (or UOS / Kylin), run as root or with sudo:
#   bash tools/setup.sh run    install what is missing, build, open the demo county
#   bash tools/setup.sh test   install what is missing, build with -Werror, run all tests
#   bash tools/setup.sh package  build the .deb, lint it, install it into a fresh Debian 12
#                                root (debootstrap) and use it there, upgrade included
#   bash tools/setup.sh sanitize build everything with AddressSanitizer and UBSan, run the test suite
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-}"
case "$mode" in
  run|test|package|sanitize) ;;
  *) echo "usage: bash tools/setup.sh run|test|package|sanitize" >&2; exit 2 ;;
esac

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local wanted missing=()
  mapfile -t wanted < <(grep -v '^\s*#' "$here/tools/debian-packages.txt" | sed '/^\s*$/d')
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

build() {
  local dir="$1"; shift
  cmake -S "$here" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$dir" -j"$(nproc)" ${targets:+--target $targets}
}

package() {
  local dir="$1" deb upgrade
  (cd "$dir" && cpack -G DEB > cpack.log) || { cat "$dir/cpack.log"; exit 1; }
  deb="$(ls -t "$dir"/faircheck_*_"$(dpkg --print-architecture)".deb | head -n1)"
  echo "== built $deb"
  # The same build with the next package revision stands in for a newer release.
  upgrade="$dir/package-upgrade-test"
  rm -rf "$upgrade"
  (cd "$dir" && FAIRCHECK_DEB_RELEASE=99 cpack -G DEB -B "$upgrade" > "$upgrade.log") || { cat "$upgrade.log"; exit 1; }
  echo "== lintian"
  local status=0
  lintian --fail-on error,warning "$deb" > "$dir/lintian.log" 2>&1 || status=$?
  grep -v 'root privileges' "$dir/lintian.log" || true
  [ "$status" -eq 0 ] || { echo "lintian found errors or warnings (justify any override in packaging/README.md)"; exit 1; }
  bash "$here/packaging/tests/fresh-root-install.sh" "$deb" "$(ls "$upgrade"/faircheck_*.deb)" \
    "$here/core/db/schema/001_initial.sql" "$dir/package-test"
}

install_packages
if [ "$mode" = sanitize ]; then
  cmake -S "$here" -B "$here/build-asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAIRCHECK_SANITIZE=ON -DFAIRCHECK_HARDENING=OFF \
    -DFAIRCHECK_BUILD_BENCH=OFF > "$here/build-asan.configure.log"
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  export LSAN_OPTIONS="suppressions=$here/tools/lsan.supp" QT_QPA_PLATFORM=offscreen
  cmake --build "$here/build-asan" -j"$(nproc)"
  # The core suite with leak checking; then the whole ctest suite (UI tests, the command-line
  # scripts with the sanitized CLI and GUI) without it: LeakSanitizer's exit scan stalls
  # the Qt GUI processes here. The kill test runs in the normal build (SIGKILL by design).
  "$here/build-asan/tests/faircheck_core_tests"
  (cd "$here/build-asan" && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 ctest -j"$(nproc)" -E crash_kill_test --output-on-failure)
elif [ "$mode" = package ]; then
  build "$here/build-test" -DFAIRCHECK_WERROR=ON
  package "$here/build-test"
elif [ "$mode" = test ]; then
  build "$here/build-test" -DFAIRCHECK_WERROR=ON
  export QT_QPA_PLATFORM=offscreen
  ctest --test-dir "$here/build-test" --output-on-failure
else
  # Only the two programs: the tests and benchmarks are for `test`.
  targets="faircheck faircheck-cli" build "$here/build" -DFAIRCHECK_BUILD_TESTS=OFF -DFAIRCHECK_BUILD_BENCH=OFF
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    # No desktop session (e.g. over ssh): show that it works with a screenshot.
    "$here/build/app/gui/faircheck" --demo --page enterprises --screenshot "$here/build/faircheck-demo.png"
    echo "No display found; the demo county was rendered to build/faircheck-demo.png"
  else
    exec "$here/build/app/gui/faircheck" --demo
  fi
fi

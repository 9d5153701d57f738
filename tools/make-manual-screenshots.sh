#!/usr/bin/env bash
# Regenerates the user manual's screenshots, resources/help/images/PAGE.png, from a build.
# Usage: tools/make-manual-screenshots.sh [BUILD_DIR]     (default: build)
# Run it after a change to a page's layout or labels, then look at the pictures.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build}
app=$build/app/gui/faircheck
if [ ! -x "$app" ]; then
    echo "$app not found: build FairCheck first." >&2
    exit 2
fi
out=$repo/resources/help/images
mkdir -p "$out"

# Settings and data folders of our own: the demo county is built afresh there, and the
# user's files, last page and window placement are neither read nor changed.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/runtime"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_RUNTIME_DIR=$tmp/runtime

# One picture per page of the manual (the page ids F1 opens), in Chinese, at the size of
# a common office screen, so that what is clipped there is clipped here.
for page in dashboard inspections enterprises credit credit-rules discretion cases supervision services reports settings; do
    "$app" --demo --lang zh_CN --page "$page" --size 1366x768 --screenshot "$out/$page.png"
done

# Data exchange as a county sees it once it has named its office, trusted a township's
# card and exchanged a package with it.
cli=$build/app/cli/faircheck-cli
county=$tmp/data/FairCheck/faircheck/demo-county.db
township=$(sqlite3 "$county" "SELECT name || '|' || code FROM township ORDER BY code LIMIT 1")
"$cli" --db "$county" office set county 清溪县司法局 > /dev/null
"$cli" --db "$tmp/township.db" init > /dev/null
"$cli" --db "$tmp/township.db" office set township "${township%|*}" --code "${township#*|}" > /dev/null
"$cli" --db "$tmp/township.db" office key --out "$tmp/township.json" > /dev/null
"$cli" --db "$county" office key --out "$tmp/county.json" > /dev/null
"$cli" --db "$county" office trust "$tmp/township.json" > /dev/null
"$cli" --db "$tmp/township.db" office trust "$tmp/county.json" > /dev/null
"$cli" --db "$county" exchange export "${township%|*}" --out "$tmp/down.fcx" > /dev/null
"$cli" --db "$tmp/township.db" exchange import "$tmp/down.fcx" > /dev/null
"$cli" --db "$tmp/township.db" exchange export 清溪县司法局 --out "$tmp/up.fcx" > /dev/null
"$cli" --db "$county" exchange import "$tmp/up.fcx" > /dev/null
"$app" --db "$county" --lang zh_CN --page exchange --size 1366x768 --screenshot "$out/exchange.png"

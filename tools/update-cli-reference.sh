#!/usr/bin/env bash
# Rewrites the README's command table and the man page's COMMANDS section from the
# command registry (faircheck-cli help --format markdown|man).
# usage: bash tools/update-cli-reference.sh [BUILD_DIR]   (default build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${1:-$here/build}/app/cli/faircheck-cli"
python3 - "$cli" "$here/README.md" "$here/packaging/faircheck-cli.1" <<'PY'
import subprocess, sys
cli, readme, manpage = sys.argv[1:]
def replace(path, begin, end, text):
    s = open(path, encoding='utf-8').read()
    i = s.index(begin) + len(begin)
    j = s.index(end)
    open(path, 'w', encoding='utf-8').write(s[:i] + '\n' + text.strip() + '\n' + s[j:])
for fmt, path, begin, end in (('markdown', readme, '<!-- commands: generated -->', '<!-- end of commands -->'),
                              ('man', manpage, '.\\" commands: generated', '.\\" end of commands')):
    out = subprocess.run([cli, '--lang', 'en', 'help', '--format', fmt], check=True, capture_output=True, text=True).stdout
    replace(path, begin, end, out)
PY

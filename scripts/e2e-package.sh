#!/usr/bin/env bash
# Builds and packages news-lens.vsix (what a user installs) with the project's own `npm run package`,
# quietly, and prints the vsix size.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache
# (The script passes vsce --no-rewrite-relative-links: README.md shows docs/*.png, which are packaged, and
# vsce refuses to package without it, since the repository's URL is no known host's to rewrite them against.)
npm run -s package > .cache/package.log 2>&1 || { cat .cache/package.log >&2; exit 1; }
echo "vsix: news-lens.vsix $(stat -c %s news-lens.vsix) bytes, $(unzip -l news-lens.vsix | tail -1 | awk '{print $2}') files"

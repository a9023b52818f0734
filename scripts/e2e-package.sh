#!/usr/bin/env bash
# Builds and packages news-lens.vsix (what a user installs) with the project's own `npm run package`,
# quietly, and prints the vsix size.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache
# --no-rewrite-relative-links (appended to the vsce command): README.md shows docs/hover.png, which is packaged;
# without it vsce refuses to package, since it cannot turn the link into a URL of a known repository host
npm run -s package -- --no-rewrite-relative-links > .cache/package.log 2>&1 || { cat .cache/package.log >&2; exit 1; }
echo "vsix: news-lens.vsix $(stat -c %s news-lens.vsix) bytes, $(unzip -l news-lens.vsix | tail -1 | awk '{print $2}') files"

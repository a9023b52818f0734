#!/usr/bin/env bash
# Installs what the end-to-end tests and `npm start` need, and nothing that is already there:
#   * Debian packages: chromium (the browser Playwright drives), ripgrep, libkrb5-dev + build tools
#     (code-server's native modules are compiled from source because their prebuilt binaries come from GitHub)
#   * code-server from npm, pinned, into the gitignored .cache/code-server/ (its lib/vscode is a full VS Code
#     server + web workbench; 4.100.3 = VS Code 1.100 is the newest code-server that runs on Node 20)
# Safe to run again: every step checks first. Prints the path of the installed code-server.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CS_VERSION=${CS_VERSION:-4.100.3}
CACHE=$ROOT/.cache
CS_DIR=$CACHE/code-server
CS=$CS_DIR/node_modules/code-server

# ---- 1. Debian packages (apt-get update only when something is missing)
need=()
for p in chromium ripgrep libkrb5-dev g++ make python3 pkg-config; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "e2e-setup: apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# ---- 2. code-server
if grep -qs "\"version\": \"$CS_VERSION\"" "$CS/package.json" && [ -f "$CS/lib/vscode/out/server-main.js" ] \
   && [ -f "$CS_DIR/.installed" ]; then
  echo "e2e-setup: code-server $CS_VERSION already in $CS_DIR"
  exit 0
fi
want=$(node -p 'process.versions.node.split(".")[0]')
[ "$want" = 20 ] || echo "e2e-setup: warning: code-server $CS_VERSION wants Node 20, this is Node $want" >&2

# Everything the install writes besides the package itself (temp files, configs) stays under .cache/;
# npm keeps its own cache and user config (~/.npmrc) in the real HOME.
mkdir -p "$CACHE/tmp" "$CACHE/home"
export NPM_CONFIG_USERCONFIG=${NPM_CONFIG_USERCONFIG:-$HOME/.npmrc} npm_config_cache=${npm_config_cache:-$HOME/.npm}
export TMPDIR=$CACHE/tmp HOME=$CACHE/home XDG_CONFIG_HOME=$CACHE/home/.config XDG_DATA_HOME=$CACHE/home/.local/share \
  XDG_CACHE_HOME=$CACHE/home/.cache

rm -rf "$CS_DIR" && mkdir -p "$CS_DIR/pack"
cd "$CS_DIR/pack"
npm pack --silent "code-server@$CS_VERSION" >/dev/null
tar xzf "code-server-$CS_VERSION.tgz" package/lib/vscode/npm-shrinkwrap.json

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here. It looks first in
# $TMPDIR/vscode-ripgrep-cache-<pkgver>/ripgrep-<tag>-<target>.tar.gz, so put Debian's rg there.
rgver=$(node -p "(require('./package/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep']||{}).version||''")
if [ -n "$rgver" ]; then
  npm pack --silent "@vscode/ripgrep@$rgver" >/dev/null
  tar xzf vscode-ripgrep-*.tgz package/lib/postinstall.js --transform 's#^package#rg#'
  tag=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" rg/lib/postinstall.js)
  mkdir -p "$TMPDIR/vscode-ripgrep-cache-$rgver" rgbin && cp "$(command -v rg)" rgbin/rg
  tar czf "$TMPDIR/vscode-ripgrep-cache-$rgver/ripgrep-$tag-x86_64-unknown-linux-musl.tar.gz" -C rgbin rg
  echo "e2e-setup: seeded @vscode/ripgrep@$rgver download cache ($tag) with Debian's rg"
fi

cd "$CS_DIR"
echo '{"name":"news-lens-code-server","private":true}' > package.json
echo "e2e-setup: npm install code-server@$CS_VERSION (native modules build from source, ~1-2 min)"
# unsafe_perm: code-server's postinstall refuses root without it (npm 11 dropped the flag, the env var still
# reaches the script); yes: node-pty's postinstall runs `npx node-gyp`, which ~/.npmrc's yes=false would cancel
if ! npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --no-save \
     "./pack/code-server-$CS_VERSION.tgz" > install.log 2>&1; then
  tail -40 install.log >&2; exit 1
fi
rm -rf pack
touch .installed
echo "e2e-setup: code-server $CS_VERSION installed ($(du -sh node_modules | cut -f1))"

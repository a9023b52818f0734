# Shared by test/editors/run-*.sh (sourced, not run): install an editor, build the server, give each
# run a private HOME and a copy of the fixture, run the editor headless with a time limit, count
# checks, and make sure no language server outlives its editor.
# KEEP_SANDBOX=1 keeps the temp dir (each run's stdout/stderr, the editors' logs) for a look.
# shellcheck shell=bash

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
EDITORS="$REPO/test/editors"
SERVER_JS="$REPO/bin/news-lens-server.js"
PASSED=0
FAILED=0
ms() { date +%s%3N; }
pass() { PASSED=$((PASSED + 1)); echo "ok   $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }

# Editors write state under $HOME and $XDG_* (Neovim's lsp.log, Emacs's eln-cache; with
# XDG_CACHE_HOME="" Neovim 0.7 even writes ./nvim/lsp.log): keep all of it in a temp dir.
SANDBOX="$(mktemp -d -t news-lens-editors.XXXXXX)"
export HOME="$SANDBOX/home" XDG_CONFIG_HOME="$SANDBOX/config" XDG_DATA_HOME="$SANDBOX/data" \
  XDG_CACHE_HOME="$SANDBOX/cache" XDG_STATE_HOME="$SANDBOX/state"
mkdir -p "$HOME"
# The checks compare UTF-8 text on stdout: never let a C locale make an editor escape it.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# Every server we start carries this tag in its argv (the server ignores unknown arguments), so
# we can find exactly our own processes, even when other runs go on in parallel.
RUN_TAG="nl-run=$(basename "$SANDBOX")"

# End our own leftover servers (by the PIDs of processes tagged with this run), remove the sandbox.
cleanup() {
  local pids
  pids=$(pgrep -f -- "--$RUN_TAG" | tr '\n' ' ')
  [ -n "${pids// }" ] && kill -9 $pids 2>/dev/null
  [ -n "${KEEP_SANDBOX:-}" ] || rm -rf "$SANDBOX"
}
trap cleanup EXIT

# need CHECK PACKAGE...: apt-get installs the packages unless the command CHECK succeeds (CI starts
# from a clean Debian machine, as root). Lists are only refreshed when something has to be installed.
need() {
  local check=$1; shift
  eval "$check" >/dev/null 2>&1 && return 0
  local t sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo -n"
  t=$(ms)
  echo "installing $* (apt-get)…"
  $sudo apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null ||
    { fail "apt-get install $*"; return 1; }
  echo "installed $* in $(( $(ms) - t )) ms"
  eval "$check" >/dev/null 2>&1 || { fail "installed $* but '$check' still fails"; return 1; }
}

# The server bundle: built when missing or older than a server source (a stale dist/ would test
# yesterday's server).
build_server() {
  cd "$REPO" || return 1
  if [ -f dist/server.js ] && [ -f dist/indexWorker.js ] &&
    [ -z "$(find server/src -newer dist/server.js \( -name '*.ts' -o -name '*.json' \) -print -quit)" ]; then
    return 0
  fi
  echo "building dist/ (node scripts/build.mjs)…"
  node scripts/build.mjs || { fail "build"; return 1; }
}

# workspace NAME: a fresh copy of the fixture. The folder name has a space and a non-ASCII letter
# because clients spell such URIs differently (Neovim writes %c3%ad, VS Code and Emacs %C3%AD).
workspace() {
  local dir="$SANDBOX/Notícias do dia/$1"
  mkdir -p "$dir" && cp "$EDITORS"/fixture/* "$dir"/ && echo "$dir"
}

# server_cmd NAME: the command line an editor runs for run NAME (whitespace-separated, no quoting).
server_cmd() { echo "node $SERVER_JS --stdio --$RUN_TAG-$1"; }

# run NAME CMD...: runs an editor headless, stdin from /dev/null (nothing may wait for a tty), hard
# 90 s limit on top of the scripts' own watchdogs (60 s). Sets RC, MS, OUT (stdout file), ERR (stderr file).
run() {
  local name=$1; shift
  OUT="$SANDBOX/$name.out" ERR="$SANDBOX/$name.err"
  local t; t=$(ms)
  # (the outer 2>/dev/null only hides bash's own "Killed" notice for the SIGKILL control)
  { timeout -k 5 90 "$@" </dev/null >"$OUT" 2>"$ERR"; } 2>/dev/null
  RC=$?
  MS=$(( $(ms) - t ))
}

# Counts the `ok - …` / `not ok - …` lines of a positive run, and shows them.
count_checks() {
  local label=$1 want_rc=0
  sed 's/^/  /' "$OUT"
  local p f
  p=$(grep -c '^ok - ' "$OUT"); f=$(grep -c '^not ok - ' "$OUT")
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  if [ "$RC" != "$want_rc" ] || [ "$p" = 0 ]; then
    # a failed check already counts; count the run itself only when nothing says what went wrong
    if [ "$f" = 0 ]; then fail "$label: exit $RC, $p checks passed (${MS} ms)"; else echo "FAIL $label: exit $RC"; fi
    tail -n 20 "$ERR" | sed 's/^/  stderr: /'
  else
    echo "     $label: $p checks in ${MS} ms"
  fi
}

# expect_failure LABEL WANT_RC CHECK_ID...: a negative control passes when the run exits WANT_RC
# and each named check is reported `not ok` (proof that those assertions bite).
expect_failure() {
  local label=$1 want_rc=$2; shift 2
  local missing=()
  for id in "$@"; do grep -q "^not ok - $id:" "$OUT" || missing+=("$id"); done
  if [ "$RC" = "$want_rc" ] && [ ${#missing[@]} = 0 ]; then
    pass "$label (exit $RC as expected, failed: $* — ${MS} ms)"
  else
    fail "$label: exit $RC (want $want_rc), checks that should have failed but did not: ${missing[*]:-none}"
    sed 's/^/  | /' "$OUT"; tail -n 10 "$ERR" | sed 's/^/  stderr: /'
  fi
}

# no_leftovers LABEL TAG [SECONDS]: no process with TAG in its argv remains (waits up to SECONDS).
no_leftovers() {
  local label=$1 tag=$2 limit=${3:-3} t; t=$(ms)
  while pgrep -f -- "$tag" >/dev/null; do
    if [ $(( $(ms) - t )) -gt $(( limit * 1000 )) ]; then
      fail "$label: server still running $limit s after its editor ended: $(pgrep -af -- "$tag" | head -3)"
      return 1
    fi
    sleep 0.05
  done
  pass "$label (gone after $(( $(ms) - t )) ms)"
}

#!/usr/bin/env bash
# `npm test`: every test of the project, in the order a failure is cheapest to find.
#   type check → build → unit tests → protocol tests (real server over stdio) → accuracy bars
#   (when ../shared/data is there) → Neovim and Emacs/Eglot (real LSP clients) → VS Code end to end (code-server).
# Installs what the machine lacks (apt packages, code-server) through the stage scripts.
# Ends with one line `tests: N passed, N failed` and a non-zero exit when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=.cache/test-output
mkdir -p "$OUT"
passed=0; failed=0; failures=()

stage() { echo; echo "━━━ $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); }

# Adds the counts of a TAP file written by node's test runner.
count_tap() {
  local p f
  p=$(grep -E '^# pass ' "$1" | tail -1 | awk '{print $3}'); f=$(grep -E '^# fail ' "$1" | tail -1 | awk '{print $3}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  [ "${f:-0}" = 0 ] && [ -n "${p:-}" ] || failures+=("$2")
  [ -n "${p:-}" ] || failed=$((failed + 1))
}

# Adds the counts of the closing `NAME: N passed, N failed` line of a stage's log.
count_line() {
  local line
  line=$(grep -E '^[a-z0-9-]+: [0-9]+ passed, [0-9]+ failed' "$1" | tail -1)
  if [ -z "$line" ]; then fail "$2 (no result line)"; return; fi
  local p f
  p=$(sed -E 's/.*: ([0-9]+) passed.*/\1/' <<<"$line"); f=$(sed -E 's/.*passed, ([0-9]+) failed.*/\1/' <<<"$line")
  passed=$((passed + p)); failed=$((failed + f))
  [ "$f" = 0 ] || failures+=("$2")
}

node_tests() { # NAME FILES...
  local name=$1; shift
  node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$OUT/$name.tap" "$@"
  count_tap "$OUT/$name.tap" "$name"
}

stage "type check"
if npx tsc --noEmit -p .; then passed=$((passed + 1)); else fail "type check"; fi

stage "build"
if node scripts/build.mjs; then passed=$((passed + 1)); else fail build; echo "tests: $passed passed, $((failed)) failed"; exit 1; fi

stage "unit tests"
mapfile -t unit < <(find server/src client/src scripts test/grammar -name '*.test.ts' -o -name '*.test.mjs' 2>/dev/null | grep -v node_modules | sort)
node_tests unit "${unit[@]}"

stage "protocol tests (the real server over stdio)"
mapfile -t protocol < <(find test/protocol -name '*.test.ts' | sort)
node_tests protocol "${protocol[@]}"

if [ -d ../shared/data ]; then
  stage "accuracy on ../shared/data (fails when a dev bar is missed)"
  if node scripts/bench-accuracy.mjs --check | tee "$OUT/accuracy.log"; then passed=$((passed + 1)); else fail "accuracy bars"; fi
fi

if [ -f test/editors/run-nvim.sh ]; then
  stage "Neovim, headless"
  bash test/editors/run-nvim.sh 2>&1 | tee "$OUT/nvim.log"
  count_line "$OUT/nvim.log" "neovim"
fi

if [ -f test/editors/run-eglot.sh ]; then
  stage "Emacs + Eglot, batch"
  bash test/editors/run-eglot.sh 2>&1 | tee "$OUT/eglot.log"
  count_line "$OUT/eglot.log" "eglot"
fi

if [ -f scripts/test-e2e.sh ] && [ "${SKIP_E2E:-0}" != 1 ]; then
  stage "VS Code end to end (code-server + Playwright)"
  bash scripts/test-e2e.sh 2>&1 | tee "$OUT/e2e.log"
  count_line "$OUT/e2e.log" "e2e"
fi

echo
[ ${#failures[@]} -eq 0 ] || echo "failed: ${failures[*]}"
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ ${#failures[@]} -eq 0 ]

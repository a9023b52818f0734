#!/usr/bin/env bash
# End-to-end tests of News Lens in a real VS Code, offline:
#   1. setup (apt packages, code-server into .cache/)   2. build + package news-lens.vsix
#   3. UI tests: test/e2e/ui.mjs (hover, navigation, outline) and test/e2e/reading.mjs (explorer, timeline,
#      inlay hints, code lens, corrections): Playwright + Chromium on code-server with the vsix installed
#   4. extension-host suite: test/e2e/run-suite.mjs (test/suite on the VS Code server in code-server)
# Every step has a time limit; every process a test starts is ended afterwards (each test runs in its own
# session, and the whole session is killed). Work folder (copies of samples/, screenshots, logs):
# $E2E_WORK, default .work/e2e (wiped first). Last line: `e2e: N passed, N failed`; exit 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

export E2E_WORK=${E2E_WORK:-$PWD/.work/e2e}
rm -rf "$E2E_WORK" && mkdir -p "$E2E_WORK"
ms() { date +%s%3N; }
T_ALL=$(ms)
PASSED=0 FAILED=0
SESSIONS=()
declare -A TIME

# End every process of the sessions we started (code-server, extension hosts, language servers, Chromium),
# by PID, whether or not their parents are still alive.
kill_sessions() {
  local pids
  for sid in "${SESSIONS[@]}"; do
    pids=$(ps -s "$sid" -o pid= 2>/dev/null | tr '\n' ' ')
    [ -n "${pids// }" ] && kill $pids 2>/dev/null
  done
  sleep 0.5
  for sid in "${SESSIONS[@]}"; do
    pids=$(ps -s "$sid" -o pid= 2>/dev/null | tr '\n' ' ')
    [ -n "${pids// }" ] && kill -9 $pids 2>/dev/null
  done
  return 0
}
trap kill_sessions EXIT
trap 'exit 130' INT TERM

# step NAME LIMIT_S CMD...: runs CMD in a session of its own with a time limit, shows its output, records
# its time; returns CMD's exit code
step() {
  local name=$1 limit=$2; shift 2
  local log="$E2E_WORK/$name.log" t=$(ms) rc
  echo "=== $name"
  setsid timeout -k 10 "$limit" "$@" > "$log" 2>&1 &
  local pid=$!
  SESSIONS+=("$pid")
  tail -n +1 -f --pid="$pid" "$log" 2>/dev/null
  wait "$pid"; rc=$?
  kill_sessions
  [ $rc = 124 ] && echo "!!! $name: timed out after ${limit}s"
  TIME[$name]=$(( $(ms) - t ))
  return $rc
}

# count_results NAME: adds the test's own "N passed, N failed" line; a test that never printed it failed
count_results() {
  local line; line=$(grep -E '([0-9]+) passed, ([0-9]+) failed' "$E2E_WORK/$1.log" | tail -1)
  if [ -z "$line" ]; then FAILED=$((FAILED + 1)); return; fi
  PASSED=$((PASSED + $(sed -E 's/.*\b([0-9]+) passed.*/\1/' <<<"$line")))
  FAILED=$((FAILED + $(sed -E 's/.*\b([0-9]+) failed.*/\1/' <<<"$line")))
}

if ! step setup 1200 bash scripts/e2e-setup.sh; then
  echo "e2e: 0 passed, 1 failed"; exit 1
fi
if ! step package 300 bash scripts/e2e-package.sh; then
  echo "e2e: 0 passed, 1 failed"; exit 1
fi
step ui 300 node test/e2e/ui.mjs; count_results ui
step reading 300 node test/e2e/reading.mjs; count_results reading
step suite 300 node test/e2e/run-suite.mjs; count_results suite

echo "=== timings"
secs() { awk "BEGIN { printf \"%.1f\", $1 / 1000 }"; }
for k in setup package ui reading suite; do printf '  %-8s %6s s\n' "$k" "$(secs "${TIME[$k]}")"; done
printf '  %-8s %6s s\n' total "$(secs $(( $(ms) - T_ALL )))"
echo "  vsix: $(stat -c %s news-lens.vsix) bytes"
echo "  work folder (screenshots, logs): $E2E_WORK"
echo "e2e: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]

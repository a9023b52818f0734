#!/usr/bin/env bash
# Neovim (Debian's package: an LSP client nobody here wrote) drives `news-lens-server --stdio`
# headless: nvim-test.lua asks for hover, definition, references, outline, workspace symbols,
# highlights and semantic tokens through Neovim's own LSP client, edits the buffer and asks again.
# Then negative controls prove the checks bite, and no server may outlive its editor.
# Last line: `neovim: N passed, N failed`; exit 1 when anything failed.
#   bash test/editors/run-nvim.sh
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

need "command -v nvim" neovim || { echo "neovim: $PASSED passed, $FAILED failed"; exit 1; }
build_server || { echo "neovim: $PASSED passed, $FAILED failed"; exit 1; }
echo "$(nvim --version | head -1), node $(node --version)"

# Debian bookworm has Neovim 0.7.2: `-c 'luafile …'`, because `-l` is Vi's lisp mode there (and
# hangs); -u NONE: no user config; -i NONE: no shada; -n: no swap file.
NVIM=(nvim --headless -u NONE -i NONE -n -c "luafile $EDITORS/nvim-test.lua")

# 1. The real thing: every check must pass.
run nvim env NL_ROOT="$(workspace nvim)" NL_CMD="$(server_cmd nvim)" "${NVIM[@]}"
count_checks "neovim client"

# 2. Negative controls: the same client told to count columns in UTF-8 bytes, then in code points
#    (UTF-32). Positions after ’ and ã (bytes) or after 😀 (both) are then wrong, in requests, in
#    the ranges it maps back and in the didChange after the edit: these checks must fail.
run utf8 env NL_ROOT="$(workspace utf8)" NL_CMD="$(server_cmd utf8)" NL_OFFSET_ENCODING=utf-8 "${NVIM[@]}"
expect_failure "control: a UTF-8 client fails the position checks" 1 \
  hover.costas definition references workspaceSymbol semanticTokens.emoji-line edit.server-text
run utf32 env NL_ROOT="$(workspace utf32)" NL_CMD="$(server_cmd utf32)" NL_OFFSET_ENCODING=utf-32 "${NVIM[@]}"
expect_failure "control: a UTF-32 (code point) client fails the position checks" 1 \
  highlight.emoji-line references documentSymbol.ranges edit.server-text

# 3. Negative controls: a server that dies at once, a command that does not exist, and one that
#    never answers must each end the run quickly with exit 2, not hang or pass.
run dead env NL_ROOT="$(workspace dead)" NL_CMD="node $SANDBOX/no-such-server.js --stdio" "${NVIM[@]}"
expect_failure "control: a server that exits at once" 2 attach
run missing env NL_ROOT="$(workspace missing)" NL_CMD="$SANDBOX/no-such-command --stdio" "${NVIM[@]}"
expect_failure "control: a server command that does not exist" 2 start
run hung env NL_ROOT="$(workspace hung)" NL_TIMEOUT_MS=1500 \
  NL_CMD="node -e setInterval(()=>{},1000) -- --$RUN_TAG-hung" "${NVIM[@]}"
expect_failure "control: a server that never answers (1.5 s limit)" 2 attach

# 4. An editor that crashes (SIGKILL, no shutdown request): the server must notice its stdin
#    closing or its parent gone (initialize's processId) and exit by itself.
run crash env NL_ROOT="$(workspace crash)" NL_CMD="$(server_cmd crash)" NL_SELF_KILL=1 "${NVIM[@]}"
if grep -q '^# ready' "$OUT"; then
  no_leftovers "a server whose editor was SIGKILLed exits by itself" "--$RUN_TAG-crash" 10
else
  fail "crash control: editor did not get ready (exit $RC)"; sed 's/^/  | /' "$OUT"
fi

# 5. After all the runs above, no server of ours is left.
no_leftovers "no server outlives its editor" "--$RUN_TAG"

echo "neovim: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]

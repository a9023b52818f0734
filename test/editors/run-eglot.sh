#!/usr/bin/env bash
# Emacs + Eglot (Debian's emacs-nox and elpa-eglot: a second LSP client nobody here wrote) drives
# `news-lens-server --stdio` in batch: eglot-test.el goes through Eglot's own layers (xref for M-.,
# M-? and C-M-., imenu for the outline, its UTF-16 column functions) and raw requests for the rest.
# A negative control proves the position checks bite; no server may outlive its editor.
# Last line: `eglot: N passed, N failed`; exit 1 when anything failed.
#   bash test/editors/run-eglot.sh
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# -Q hides Debian's elpa directory; look there explicitly (Emacs 29+ has Eglot built in).
HAS_EGLOT="emacs --batch -Q --eval '(progn (setq package-directory-list (list \"/usr/share/emacs/site-lisp/elpa\")) (package-initialize) (kill-emacs (if (locate-library \"eglot\") 0 1)))' </dev/null"
need "$HAS_EGLOT" emacs-nox elpa-eglot || { echo "eglot: $PASSED passed, $FAILED failed"; exit 1; }
build_server || { echo "eglot: $PASSED passed, $FAILED failed"; exit 1; }
echo "$(emacs --version | head -1), node $(node --version)"

EMACS=(emacs --batch -Q -l "$EDITORS/eglot-test.el")

# 1. The real thing: every check must pass.
run eglot env NL_ROOT="$(workspace eglot)" NL_CMD="$(server_cmd eglot)" "${EMACS[@]}"
count_checks "eglot client"

# 2. Negative control: Eglot told to count Emacs characters (code points) instead of UTF-16 units.
#    Requests and ranges after 😀, and the didChange after the edit, are then wrong.
run chars env NL_ROOT="$(workspace chars)" NL_CMD="$(server_cmd chars)" NL_COLUMN_MODE=chars "${EMACS[@]}"
expect_failure "control: a code-point client fails the position checks" 1 \
  columns references imenu.positions highlight.emoji-line edit.references edit.server-text

# 3. Negative control: a server that dies at once ends the run with exit 2, quickly.
run dead env NL_ROOT="$(workspace dead)" NL_CMD="node $SANDBOX/no-such-server.js --stdio" "${EMACS[@]}"
expect_failure "control: a server that exits at once" 2 attach

# 4. After the runs above, no server of ours is left.
no_leftovers "no server outlives its editor" "--$RUN_TAG"

echo "eglot: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]

#!/usr/bin/env bash
# `npm start`: News Lens in a real VS Code (code-server) on the sample articles, offline.
# Installs what is missing (scripts/e2e-setup.sh), builds and packages the extension, then serves VS Code on
# http://127.0.0.1:${PORT:-8080} with samples/ open. Stays in the foreground; Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/e2e-setup.sh
bash scripts/e2e-package.sh
# exec: Ctrl+C goes straight to the node process, which ends code-server's whole process tree on exit
exec node scripts/code-server.mjs

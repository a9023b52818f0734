#!/usr/bin/env node
// The News Lens language server for any LSP client: `news-lens-server --stdio`.
require('../dist/server.js');

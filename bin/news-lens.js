#!/usr/bin/env node
// The News Lens command line: `news-lens extract [FILE]`.
require('../dist/cli.js');

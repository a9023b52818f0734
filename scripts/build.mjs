#!/usr/bin/env node
// Bundles the client, the server and the CLI with esbuild into dist/ (or `--outdir DIR`).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const outdirAt = process.argv.indexOf('--outdir');
const out = outdirAt > 0 ? process.argv[outdirAt + 1] : 'dist';
const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: !production,
  minify: production, logLevel: 'warning', loader: { '.json': 'json' },
  // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ES module build bundles
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};
// The recogniser's data files are read at run time from beside the bundle (see names/data.ts).
const DATA = 'server/src/analysis/names';
mkdirSync(out, { recursive: true });
for (const name of readdirSync(DATA).filter(n => n.endsWith('.json'))) copyFileSync(`${DATA}/${name}`, `${out}/${name}`);
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: `${out}/extension.js`, external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: `${out}/server.js` }),
  build({ ...common, entryPoints: ['server/src/workspace/indexWorker.ts'], outfile: `${out}/indexWorker.js` }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: `${out}/cli.js` }),
]);

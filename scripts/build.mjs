#!/usr/bin/env node
// Bundles the client, the server and the CLI with esbuild into dist/.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: !production,
  minify: production, logLevel: 'warning', loader: { '.json': 'json' },
  // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ES module build bundles
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};
// The recogniser's data files are read at run time from beside the bundle (see names/data.ts).
const DATA = 'server/src/analysis/names';
mkdirSync('dist', { recursive: true });
for (const name of readdirSync(DATA).filter(n => n.endsWith('.json'))) copyFileSync(`${DATA}/${name}`, `dist/${name}`);
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/workspace/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
]);

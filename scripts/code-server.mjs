#!/usr/bin/env node
// `npm start` (via scripts/start.sh): installs news-lens.vsix into a code-server profile kept in
// .cache/profile, serves VS Code on 127.0.0.1:$PORT with samples/ open, and runs until Ctrl+C, when it
// ends code-server and everything under it (extension host, language server).
import { join } from 'node:path';
import { installVsix, makeProfile, startServer } from '../test/e2e/harness.mjs';
import { ROOT, SAMPLES, VSIX } from '../test/workspace.mjs';

const port = Number(process.env.PORT || 8080);
const profile = makeProfile(join(ROOT, '.cache', 'profile'));
installVsix(profile, VSIX);
const server = await startServer(profile, { port, folder: SAMPLES, log: join(profile.dir, 'code-server.log') });
console.log(`\nNews Lens is running in VS Code at:\n\n    ${server.url}/?folder=${SAMPLES}\n`);
console.log(`(log: ${join(profile.dir, 'code-server.log')}; press Ctrl+C to stop)`);
server.child.on('exit', (code) => { console.log(`code-server exited (${code})`); process.exit(code ?? 1); });

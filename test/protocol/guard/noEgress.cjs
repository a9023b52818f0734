// Preloaded (`node --require`) into the server under test, and so into its indexing threads: every
// way a Node program reaches the network or runs other code — sockets, DNS, HTTP, fetch, UDP,
// child processes, modules loaded from outside its own bundle — is refused and written to the file
// named by NEWS_LENS_EGRESS_LOG, one line each, with the stack that tried it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const LOG = process.env.NEWS_LENS_EGRESS_LOG;
// Proof that the guard was in place, in the main thread and each worker: an empty LOG proves nothing otherwise.
if (process.env.NEWS_LENS_GUARD_LOADED) fs.appendFileSync(process.env.NEWS_LENS_GUARD_LOADED, `${require('node:worker_threads').isMainThread ? 'main' : 'worker'}\n`);
/** Code may be loaded from here only (the server's bundle and its worker). */
const ALLOWED_CODE = process.env.NEWS_LENS_CODE_DIR && path.resolve(process.env.NEWS_LENS_CODE_DIR);

function refuse(what) {
  const line = `${what} (pid ${process.pid})\n${new Error().stack.split('\n').slice(2, 8).join('\n')}\n`;
  if (LOG) fs.appendFileSync(LOG, line);
  throw new Error(`refused by the no-egress guard: ${what}`);
}

function guard(object, names, label) {
  for (const name of names) {
    const original = object && object[name];
    if (typeof original !== 'function') continue;
    object[name] = function guarded() { refuse(`${label}.${name}`); };
  }
}

const net = require('node:net');
guard(net.Socket.prototype, ['connect'], 'net.Socket');
guard(net, ['connect', 'createConnection'], 'net');
guard(require('node:tls'), ['connect'], 'tls');
for (const mod of ['node:http', 'node:https']) guard(require(mod), ['request', 'get'], mod);
guard(require('node:http2'), ['connect'], 'http2');
const dns = require('node:dns');
const DNS_CALLS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse'];
guard(dns, DNS_CALLS, 'dns');
guard(dns.promises, DNS_CALLS, 'dns.promises');
guard(dns.Resolver && dns.Resolver.prototype, DNS_CALLS, 'dns.Resolver');
guard(require('node:dgram').Socket.prototype, ['send', 'connect', 'bind'], 'dgram.Socket');
guard(require('node:child_process'), ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], 'child_process');
guard(globalThis, ['fetch', 'WebSocket', 'EventSource'], 'globalThis');

// Modules: once this guard is in, only node's own and files under ALLOWED_CODE may load.
const Module = require('node:module');
const load = Module._load;
Module._load = function guardedLoad(request, parent, isMain) {
  const builtin = Module.isBuiltin(request);
  if (!builtin && ALLOWED_CODE) {
    const file = Module._resolveFilename(request, parent, isMain);
    if (!file.startsWith(ALLOWED_CODE + path.sep)) refuse(`require(${JSON.stringify(file)})`);
  }
  return load.apply(this, arguments);
};

// Worker threads run scripts too: only from ALLOWED_CODE.
const threads = require('node:worker_threads');
const Worker = threads.Worker;
threads.Worker = class GuardedWorker extends Worker {
  constructor(file, options) {
    const resolved = typeof file === 'string' ? path.resolve(file) : String(file);
    if (ALLOWED_CODE && !resolved.startsWith(ALLOWED_CODE + path.sep)) refuse(`new Worker(${JSON.stringify(resolved)})`);
    super(file, options);
  }
};

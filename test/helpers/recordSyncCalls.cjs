// Preloaded into a server under test (`node --require`): appends to the file named by
// TFL_SYNC_LOG every synchronous child process the server starts, and every synchronous
// file-system call on a file a fix reads or writes, so a test can prove a request path has none.
'use strict';
const fs = require('node:fs');
const childProcess = require('node:child_process');
const { basename } = require('node:path');

const log = process.env.TFL_SYNC_LOG;
const appendToLog = fs.appendFileSync;
const NEIGHBOUR_FILES = new Set(['.env', '.env.example', '.gitignore', 'package.json', '.twelve-factor.json', '.git']);

function record(call, target) {
  appendToLog(log, `${JSON.stringify({ call, target })}\n`);
}

function wrap(owner, name, shouldRecord) {
  const original = owner[name];
  owner[name] = function recorded(...args) {
    const target = typeof args[0] === 'string' ? args[0] : args[0] instanceof URL ? args[0].pathname : undefined;
    if (shouldRecord(target)) record(name, target === undefined ? undefined : basename(target));
    return original.apply(this, args);
  };
}

if (log) {
  for (const name of ['execSync', 'execFileSync', 'spawnSync']) wrap(childProcess, name, () => true);
  for (const name of Object.keys(fs).filter((key) => key.endsWith('Sync'))) {
    wrap(fs, name, (target) => target !== undefined && NEIGHBOUR_FILES.has(basename(target)));
  }
}

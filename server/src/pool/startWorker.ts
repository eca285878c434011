// Starts a scan worker: the bundle beside dist/*.js, or from source (tests) the TypeScript file
// through tsx's require hook (Node 20 resolves a worker's entry before an --import hook could load .ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerInit } from './messages';

export function startWorker(init: WorkerInit): Worker {
  const bundled = join(__dirname, 'scanWorker.js');
  if (existsSync(bundled)) return new Worker(bundled, { workerData: init });
  const source = join(__dirname, 'scanWorker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true, workerData: init });
}

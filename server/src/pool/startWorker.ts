// Starts a scan worker: the bundle beside dist/*.js, or from source (tests) the TypeScript file
// through tsx's require hook (Node 20 resolves a worker's entry before an --import hook could load .ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { WorkerInit } from './messages';
import { appliedV8Flags } from '../entry/v8Flags';

/**
 * An audit's worker scans one file at a time, and a file's syntax tree dies with its scan: a
 * young generation of V8's largest default (3 x 16 MiB) only holds more garbage between
 * collections, in every worker. This one, and the old generation's default limit, cost no time
 * measured on the bench corpus (npm run bench cli) and keep the 10x audit's peak flat.
 */
const AUDIT_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 24 };

export function startWorker(init: WorkerInit): Worker {
  // Its bundle's code cache is the one made under this process's V8 flags (entry/v8Flags.ts).
  const options = { workerData: { ...init, v8Flags: appliedV8Flags() }, ...(init.kind === 'files' ? { resourceLimits: AUDIT_WORKER_LIMITS } : {}) };
  const bundled = join(__dirname, 'scanWorker.js');
  if (existsSync(bundled)) return new Worker(bundled, options);
  const source = join(__dirname, 'scanWorker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { ...options, eval: true });
}

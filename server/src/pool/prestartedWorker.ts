// The language server's first document worker, started by dist/server.js before it loads the
// server's own bundle: the worker's engine and the server then load side by side on two cores
// instead of one after the other, and the first document an editor opens right after initialize
// no longer waits for both (the bench's "first diagnostics after open"). dist/server.js and the
// server bundle are separate module graphs, so the worker is handed over through one
// process-global slot, taken once.
import type { Worker } from 'node:worker_threads';
import { startWorker } from './startWorker';

export interface DocumentWorker {
  worker: Worker;
  /** [0]: the id of the scan to stop, shared with the worker (documentScanner.ts). */
  cancel: SharedArrayBuffer;
}

const SLOT = Symbol.for('twelve-factor-lint.prestartedDocumentWorker');
type Holder = { [SLOT]?: DocumentWorker };

/**
 * `warmUp`: for a worker started ahead of any document (at start-up), which then warms up until its
 * first message; a worker started for a waiting document goes straight to it.
 */
export function startDocumentWorker(warmUp = false): DocumentWorker {
  const cancel = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  return { worker: startWorker({ kind: 'documents', cancel, ...(warmUp ? { warmUp: true as const } : {}) }), cancel };
}

/** Starts the worker now and leaves it for the server's DocumentScanner. */
export function prestartDocumentWorker(): void {
  const started = startDocumentWorker(true);
  // Unreferenced as the scanner keeps an idle worker: it must not hold the process open.
  started.worker.unref();
  (globalThis as Holder)[SLOT] = started;
}

/** The worker prestarted for this process, once; undefined when none was, or it already stopped. */
export function takePrestartedWorker(): DocumentWorker | undefined {
  const holder = globalThis as Holder;
  const started = holder[SLOT];
  delete holder[SLOT];
  // A worker that has exited has no thread (threadId -1): its exit event has passed unheard.
  return started && started.worker.threadId >= 0 ? started : undefined;
}

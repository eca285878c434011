// The language server's git-history lookups ("already committed"), off its main thread: a
// history can be thousands of diffs to scan. One worker, started on the first lookup and ended
// when it has been idle a while (it holds a copy of the engine); a worker that dies fails only
// the lookups it held.
import type { Worker } from 'node:worker_threads';
import type { HistoryRequest, HistoryResult } from './messages';
import { startWorker } from './startWorker';

/** Lookups come in bursts (files opened together); between them the worker's memory goes back. */
const IDLE_MS = 30_000;

interface Pending {
  resolve: (digests: string[]) => void;
  reject: (error: Error) => void;
}

export class HistoryScanner {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  /** The secret digests of every credential the file's history holds. */
  digests(request: HistoryRequest): Promise<string[]> {
    clearTimeout(this.idleTimer);
    const worker = (this.worker ??= this.spawn());
    // Held while it owes answers; an idle worker never keeps the process alive.
    worker.ref();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, request });
    });
  }

  async dispose(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    this.failAll();
    await worker?.terminate();
  }

  private spawn(): Worker {
    const worker = startWorker({ kind: 'history' });
    worker.on('message', (result: HistoryResult) => this.answered(result));
    const died = () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll();
    };
    worker.on('error', died);
    worker.on('exit', died);
    worker.unref();
    return worker;
  }

  private answered(result: HistoryResult): void {
    const pending = this.pending.get(result.id);
    this.pending.delete(result.id);
    if (result.digests) pending?.resolve(result.digests);
    else pending?.reject(Object.assign(new Error('no history'), { name: result.error ?? 'Error' }));
    if (this.pending.size > 0) return;
    this.worker?.unref();
    this.idleTimer = setTimeout(() => void this.dispose(), IDLE_MS).unref();
  }

  private failAll(): void {
    for (const pending of this.pending.values()) pending.reject(Object.assign(new Error('the history worker stopped'), { name: 'WorkerStopped' }));
    this.pending.clear();
  }
}

// A pool of worker threads that read and scan files, so an audit uses every core. Workers start
// as soon as the audit's walk has found enough for them (grow), so each loads its engine while the
// walk goes on; each keeps its engine and grammars for the life of the pool (or until windDown), and a worker that
// dies fails only the files it held. The CLI's own
// thread can be one of the lanes: it has the engine loaded anyway, and each worker costs the
// memory of another copy of it.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { EndMessage, JobMessage, ResultMessage, WorkerInit } from './messages';
import type { FileJob, FileOutcome } from './scanFile';
import { startWorker } from './startWorker';
import { mark, timelineOn } from '../entry/timeline';

/** Files a worker holds at once: one being scanned, the others read behind it (and queued while this thread scans). */
const IN_FLIGHT_PER_WORKER = 8;

/**
 * What a worker may hold once this thread starts a scan of its own: no result is read and no file sent until that scan
 * ends, so the files queued here go to the workers first. With 8, the worker ran dry behind a long scan here while 5-7
 * files waited in the queue (/tmp/bt, two lanes: waits of 254 and 308 ms behind a 704 ms scan).
 */
const IN_FLIGHT_WHILE_HERE = 16;

/** How long an ending worker may take to write its code cache (~0.1 s for the 5 MB bundle) before it is terminated. */
const END_GRACE_MS = 2000;

/** Every core, but no more workers than the machine can run at once. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

interface Pending {
  job: FileJob;
  bytes: number;
  resolve: (outcome: FileOutcome) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
  /** The bytes of the files it holds: how long it can go on without being sent another. */
  inFlightBytes: number;
  /** For the timeline (entry/timeline.ts): files done and when the last came back. */
  done: number;
  lastResult?: number;
}

export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ id: number } & Pending> = [];
  private nextId = 0;
  private closed = false;
  private localBusy = false;
  /** Workers the pool may have now: grow() raises it up to maxWorkers. */
  private workers = 0;
  /** Set by windDown: files go to this thread, and each worker ends once it has none left. */
  private windingDown = false;
  private readonly ending: Promise<number>[] = [];

  /** Up to `maxWorkers` workers, plus this thread through `local` when given. */
  constructor(
    private readonly maxWorkers: number,
    private readonly init: WorkerInit,
    private readonly local?: (job: FileJob) => Promise<FileOutcome>,
  ) {}

  /** Lets the pool have `lanes` lanes (this thread is one when it scans) and starts their workers now, before any file is sent. */
  grow(lanes: number): void {
    if (this.closed || this.windingDown) return;
    this.workers = Math.max(this.workers, Math.min(this.maxWorkers, lanes - (this.local ? 1 : 0)));
    while (this.slots.length < this.workers) this.spawn();
  }

  /** Workers started and alive (for tests and the bench). */
  get started(): number {
    return this.slots.length;
  }

  /**
   * For the audit's last files, which this thread scans between reading their facts (the second
   * pass): a worker idle meanwhile still holds its copy of the engine and the garbage of its last
   * scans, about 90 MiB on the 10x bench tree, at the audit's peak. Its files done, each worker ends,
   * and the files still to come are scanned here. Without this thread as a lane, nothing changes.
   */
  windDown(): void {
    if (!this.local || this.closed) return;
    this.windingDown = true;
    this.workers = 0;
    for (const slot of [...this.slots]) if (slot.inFlight.size === 0) this.end(slot);
  }

  /** `bytes`: the file's size, if known (see runLocally). */
  run(job: FileJob, bytes = 0): Promise<FileOutcome> {
    if (this.closed) return Promise.resolve({ kind: 'failed' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, bytes, resolve });
      this.pump();
    });
  }

  /**
   * Ends the workers; files still queued or in flight come back failed. An idle worker is asked to end, as at
   * windDown (it writes its code cache if a short run ended it before SAVE_AFTER_MS); a busy one is terminated.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.resolve({ kind: 'failed' });
    for (const slot of this.slots.filter((slot) => slot.inFlight.size === 0)) this.end(slot);
    const slots = this.slots.splice(0);
    for (const slot of slots) noteEnd(slot);
    for (const slot of slots) this.failAll(slot);
    await Promise.all([...this.ending.splice(0), ...slots.map((slot) => slot.worker.terminate())]);
  }

  /** Ends a worker that holds no file: it is asked to (it may write its code cache first), and terminated if it does not. */
  private end(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    noteEnd(slot);
    this.slots.splice(index, 1);
    const { worker } = slot;
    this.ending.push(new Promise((resolve) => {
      const stop = setTimeout(() => void worker.terminate(), END_GRACE_MS);
      worker.once('exit', (code) => {
        clearTimeout(stop);
        resolve(code);
      });
      worker.postMessage({ end: true } satisfies EndMessage);
    }));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.freeSlot();
      if (!slot) return this.runLocally();
      this.send(slot, this.queue.shift()!);
    }
  }

  /**
   * This thread takes a file when every worker is full: workers first, so dispatch never waits on a scan here. While
   * it scans, no worker is sent a file: it takes only one no larger than what each worker holds, and first sends the
   * workers what else is queued (fillWorkers), so that none runs dry meanwhile. A large file waits for a worker (on /tmp/bt, a 300 ms parse here left the worker idle 200-300 ms).
   */
  private runLocally(): void {
    if (!this.local || this.localBusy) return;
    const covered = this.slots.reduce((least, slot) => Math.min(least, slot.inFlightBytes), Infinity);
    const at = this.queue.findIndex((pending) => pending.bytes <= covered);
    if (at < 0) return;
    const next = this.queue.splice(at, 1)[0]!;
    this.fillWorkers();
    this.localBusy = true;
    void this.local(next.job).then((outcome) => {
      next.resolve(outcome);
      // A scan here holds the thread, and the workers' results wait behind it as messages. Picking
      // the next file at once (a promise callback, before any message) would find every worker
      // still "full" and scan here again, file after file, while they sit idle: 10,000 files
      // went 70% to this thread. The next turn of the event loop reads their results first.
      setImmediate(() => {
        this.localBusy = false;
        if (!this.closed) this.pump();
      });
    });
  }

  /** Sends the queued files to the workers, each up to IN_FLIGHT_WHILE_HERE, in turn. */
  private fillWorkers(): void {
    if (this.windingDown) return;
    for (let sent = true; sent && this.queue.length > 0; ) {
      sent = false;
      for (const slot of this.slots) {
        if (slot.inFlight.size >= IN_FLIGHT_WHILE_HERE || this.queue.length === 0) continue;
        this.send(slot, this.queue.shift()!);
        sent = true;
      }
    }
  }

  private send(slot: Slot, next: { id: number } & Pending): void {
    slot.inFlight.set(next.id, next);
    slot.inFlightBytes += next.bytes;
    const message: JobMessage = { id: next.id, job: next.job };
    slot.worker.postMessage(message);
  }

  /** The least busy worker with room, starting a new one while under the pool's size. */
  private freeSlot(): Slot | undefined {
    if (this.windingDown) return undefined;
    const idle = this.slots.find((slot) => slot.inFlight.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.workers) return this.spawn();
    let best: Slot | undefined;
    for (const slot of this.slots) if (slot.inFlight.size < IN_FLIGHT_PER_WORKER && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
    return best;
  }

  private spawn(): Slot {
    const worker = startWorker(this.init);
    const slot: Slot = { worker, inFlight: new Map(), inFlightBytes: 0, done: 0 };
    mark(`start worker${worker.threadId}`);
    worker.on('message', (message: ResultMessage) => {
      slot.done++;
      if (timelineOn()) slot.lastResult = performance.now();
      const pending = slot.inFlight.get(message.id);
      slot.inFlight.delete(message.id);
      slot.inFlightBytes -= pending?.bytes ?? 0;
      pending?.resolve(message.outcome);
      if (this.windingDown && slot.inFlight.size === 0) this.end(slot);
      this.pump();
    });
    const died = () => this.retire(slot);
    worker.on('error', died);
    worker.on('exit', died);
    this.slots.push(slot);
    return slot;
  }

  /** A worker that crashed (a wasm abort, out of memory) fails its files; a fresh one takes over. */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    this.failAll(slot);
    if (!this.closed) this.pump();
  }

  private failAll(slot: Slot): void {
    for (const pending of slot.inFlight.values()) pending.resolve({ kind: 'failed' });
    slot.inFlight.clear();
    slot.inFlightBytes = 0;
  }
}

function noteEnd(slot: Slot): void {
  if (timelineOn()) mark(`end worker${slot.worker.threadId}: ${slot.done} files, last result at ${(slot.lastResult ?? 0).toFixed(1)} ms of main's clock`);
}

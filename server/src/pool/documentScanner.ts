// The language server's scans, off its main thread: the LSP thread only talks LSP. A worker keeps
// each open document's last parse (incremental reparse on the next edit); a second worker starts
// when the first is busy, so one slow file does not hold up the others. A newer version of a
// document replaces its queued scan and cancels the one running: the worker stops it between two
// checks (a flag in shared memory, since a busy worker reads no message) and answers `cancelled`.
// An opened document is parsed by an idle worker while the server reads what its scan needs.
import type { Worker } from 'node:worker_threads';
import type { Finding } from '../engine/types';
import type { DocumentMessage, DocumentResult, DocumentScanRequest, DocumentToPrepare } from './messages';
import { startDocumentWorker, takePrestartedWorker, type DocumentWorker } from './prestartedWorker';
import { takeParts } from '../textParts';

/** Workers at most: one for the usual edits, one more while the first is busy with a large file. */
const MAX_WORKERS = 2;

/**
 * A longer text crosses to its worker in parts of this length, one per turn of the event loop:
 * cloning a 10 MB text in one message held the LSP thread for tens of milliseconds, and a code
 * action read meanwhile waited for it.
 */
export const TEXT_PART_LENGTH = 1024 * 1024;

interface Waiting {
  request: DocumentScanRequest;
  resolve: (findings: Finding[] | undefined) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** [0]: the id of the scan this worker is to stop (ids start at 1, so 0 cancels nothing). */
  cancel: Int32Array;
  /** The documents whose parse this worker holds. */
  holds: Set<string>;
  running?: Waiting & { id: number };
  /** A document this worker is parsing ahead of its scan: busy for every other document. */
  preparing?: { id: number; uri: string };
  /** Messages still crossing in parts: every later message waits behind them, so the worker reads them in order. */
  sending?: Promise<void>;
}

export class DocumentScanner {
  private readonly slots: Slot[] = [];
  /** At most one queued scan per document, the newest; in arrival order. */
  private readonly waiting = new Map<string, Waiting>();
  private nextId = 1;
  private cancelledScans = 0;

  /**
   * Starts the first worker now, so loading the engine does not delay the first diagnostics: or
   * adopts the one dist/server.js started before the server's bundle loaded (prestartedWorker.ts).
   */
  constructor() {
    this.spawn(takePrestartedWorker() ?? startDocumentWorker(true));
  }

  /** The findings of this version; undefined when a newer version replaced or cancelled it. */
  scan(request: DocumentScanRequest): Promise<Finding[] | undefined> {
    return new Promise((resolve, reject) => {
      this.supersede(request.uri, request.version);
      this.waiting.set(request.uri, { request, resolve, reject });
      this.pump();
    });
  }

  /**
   * Has an idle worker parse a document no worker holds yet (an open), while the server reads the
   * settings and facts its scan needs: the scan then starts from that parse. Never starts a worker
   * for it, and never takes one another document is waiting for.
   */
  prepare(document: DocumentToPrepare): void {
    if (this.waiting.size > 0 || this.holdsParse(document.uri)) return;
    const slot = this.slots.find((candidate) => !candidate.running && !candidate.preparing);
    if (!slot) return;
    const id = this.nextId++;
    slot.preparing = { id, uri: document.uri };
    slot.holds.add(document.uri);
    slot.worker.ref();
    this.post(slot, { type: 'prepare', id, document });
  }

  /** Whether a worker holds (or is making) a parse of the document: only its first version is worth a prepare. */
  holdsParse(uri: string): boolean {
    return this.slots.some((slot) => slot.holds.has(uri) || slot.preparing?.uri === uri);
  }

  /**
   * The editor holds `version` now: scans of older versions are dropped from the queue and the
   * one running is stopped, so the worker is free by the time the new version's debounce ends.
   */
  supersede(uri: string, version: number): void {
    const queued = this.waiting.get(uri);
    if (queued && queued.request.version < version) {
      queued.resolve(undefined);
      this.waiting.delete(uri);
    }
    for (const slot of this.slots) {
      const running = slot.running;
      if (running?.request.uri === uri && running.request.version < version) this.cancel(slot);
    }
  }

  /** Scans a newer version stopped before they finished (for tests and the bench). */
  get cancelled(): number {
    return this.cancelledScans;
  }

  /** Drops the document's queued scan, stops its running one, and drops the parse a worker holds for it. */
  close(uri: string): void {
    this.waiting.get(uri)?.resolve(undefined);
    this.waiting.delete(uri);
    for (const slot of this.slots) {
      if (slot.running?.request.uri === uri) this.cancel(slot);
      this.release(slot, uri);
    }
  }

  async dispose(): Promise<void> {
    for (const uri of [...this.waiting.keys()]) this.close(uri);
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    for (const [uri, next] of this.waiting) {
      const slot = this.slotFor(uri);
      if (!slot) continue;
      this.waiting.delete(uri);
      for (const other of this.slots) if (other !== slot) this.release(other, uri);
      const id = this.nextId++;
      slot.running = { ...next, id };
      slot.holds.add(uri);
      slot.worker.ref(); // held while it owes an answer; an idle worker never keeps the process alive
      this.post(slot, { type: 'scan', id, request: next.request });
    }
  }

  /** An idle worker, the one holding the document's parse first; a new one while under the limit. */
  private slotFor(uri: string): Slot | undefined {
    const busyWithUri = this.slots.some((slot) => slot.running?.request.uri === uri);
    if (busyWithUri) return undefined; // its versions go in order, so the parse is reused
    // The worker parsing this document ahead gets its scan: it runs once the parse is done.
    const preparer = this.slots.find((slot) => !slot.running && slot.preparing?.uri === uri);
    if (preparer) return preparer;
    const idle = this.slots.filter((slot) => !slot.running && !slot.preparing);
    const holder = idle.find((slot) => slot.holds.has(uri));
    if (holder) return holder;
    if (idle.length > 0) return idle[0];
    return this.slots.length < MAX_WORKERS ? this.spawn() : undefined;
  }

  private cancel(slot: Slot): void {
    if (slot.running) Atomics.store(slot.cancel, 0, slot.running.id);
  }

  private spawn(started: DocumentWorker = startDocumentWorker()): Slot {
    const slot: Slot = { worker: started.worker, cancel: new Int32Array(started.cancel), holds: new Set() };
    slot.worker.on('message', (result: DocumentResult) => this.finished(slot, result));
    const died = () => this.retire(slot);
    slot.worker.on('error', died);
    slot.worker.on('exit', died);
    slot.worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private finished(slot: Slot, result: DocumentResult): void {
    if (result.prepared) {
      if (slot.preparing?.id === result.id) slot.preparing = undefined;
      if (!slot.running) slot.worker.unref();
      return this.pump();
    }
    const running = slot.running;
    if (!running || running.id !== result.id) return;
    slot.running = undefined;
    if (!slot.preparing) slot.worker.unref();
    if (result.findings) running.resolve(result.findings);
    else if (result.cancelled) {
      this.cancelledScans++;
      running.resolve(undefined);
    } else running.reject(Object.assign(new Error('the scan failed'), { name: result.error ?? 'Error' }));
    this.pump();
  }

  /** A worker that died (out of memory on a huge file, a wasm abort) fails its scan; the next scan starts a fresh one. */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    slot.running?.reject(Object.assign(new Error('the scan worker stopped'), { name: 'WorkerStopped' }));
    slot.running = undefined;
    slot.preparing = undefined;
    this.pump();
  }

  private release(slot: Slot, uri: string): void {
    if (slot.holds.delete(uri)) this.post(slot, { type: 'close', uri });
  }

  private post(slot: Slot, message: DocumentMessage): void {
    const text = textOf(message);
    if (!slot.sending && (text === undefined || text.length <= TEXT_PART_LENGTH)) return slot.worker.postMessage(message);
    const sending = (slot.sending ?? Promise.resolve()).then(() => postInParts(slot.worker, message));
    slot.sending = sending;
    void sending.then(() => {
      if (slot.sending === sending) slot.sending = undefined;
    });
  }
}

function textOf(message: DocumentMessage): string | undefined {
  if (message.type === 'scan') return message.request.text;
  return message.type === 'prepare' ? message.document.text : undefined;
}

/** The text in parts, the LSP thread free between two, then the message without it. */
async function postInParts(worker: Worker, message: DocumentMessage): Promise<void> {
  const text = textOf(message);
  if (text === undefined || text.length <= TEXT_PART_LENGTH) return worker.postMessage(message);
  for (const parts of partsToSend(text)) {
    worker.postMessage({ type: 'text-part', parts } satisfies DocumentMessage);
    await new Promise((next) => setImmediate(next));
  }
  if (message.type === 'scan') worker.postMessage({ ...message, request: { ...message.request, text: '' }, textInParts: true } satisfies DocumentMessage);
  else if (message.type === 'prepare') worker.postMessage({ ...message, document: { ...message.document, text: '' }, textInParts: true } satisfies DocumentMessage);
}

/**
 * A long text as groups of parts of about TEXT_PART_LENGTH each. A text the message reader built is a
 * rope, and slicing a rope first copies all of it into one string (textParts.ts): its own parts are
 * sent instead, once. Any other text is sliced, which for a flat string copies nothing here.
 */
export function* partsToSend(text: string): Generator<string[]> {
  const parts = takeParts(text);
  if (!parts) {
    for (let start = 0; start < text.length; start += TEXT_PART_LENGTH) yield [text.slice(start, start + TEXT_PART_LENGTH)];
    return;
  }
  let group: string[] = [];
  let length = 0;
  for (const part of parts) {
    group.push(part);
    length += part.length;
    if (length >= TEXT_PART_LENGTH) {
      yield group;
      group = [];
      length = 0;
    }
  }
  if (group.length > 0) yield group;
}

// A worker thread: loads the engine and, lazily, each tree-sitter grammar once, then scans what
// its pool sends: files of an audit (read here), the open documents of the language server, or
// the git histories behind its "already committed" notes.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { RULES } from '../engine/rules';
import { ScanCancelled } from '../engine/scan';
import { Grammars } from '../grammars';
import { OpenDocuments } from './openDocuments';
import { scanHistory } from '../history/history';
import type { DocumentMessage, DocumentResult, EndMessage, HistoryRequest, HistoryResult, JobMessage, ResultMessage, WorkerInit } from './messages';
import { scanFileAt } from './scanFile';
import { startWarmUp, warmUpScans } from './warmUp';
import { mark, timelineOn } from '../entry/timeline';
import { saveCodeCacheNow } from '../entry/bundleLoader';

const init = workerData as WorkerInit;
const grammars = new Grammars();
const port = parentPort!;

if (init.kind === 'files') {
  const rules = init.ruleIds ? RULES.filter((rule) => init.ruleIds!.includes(rule.meta.id)) : RULES;
  const idle = idleTimeline();
  port.on('message', (message: JobMessage | EndMessage) => {
    if ('end' in message) {
      saveCodeCacheNow();
      return process.exit(0);
    }
    idle.busy();
    void scanFileAt(message.job, init.options, grammars, rules).then((outcome) => {
      const result: ResultMessage = { id: message.id, outcome };
      port.postMessage(result);
      idle.done();
    });
  });
} else if (init.kind === 'history') {
  // One history at a time: each is a git process and a stream of diffs.
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (message: { id: number; request: HistoryRequest }) => {
    previous = previous.then(() => answerHistory(message.id, message.request));
  });
} else {
  const documents = new OpenDocuments(grammars, new Int32Array(init.cancel));
  // In arrival order: a close must not overtake the scan before it (which awaits a grammar).
  let previous: Promise<void> = Promise.resolve();
  const parts: string[] = [];
  const receive = (message: DocumentMessage): void => {
    warmUp?.stop();
    if (message.type === 'text-part') return void parts.push(...message.parts);
    const whole = withTextFromParts(message, parts);
    previous = previous.then(() => handle(documents, whole));
  };
  // Until the first document arrives (warmUp.ts): one queued before this listened is taken off the
  // port before any slice, one that arrives during a slice is handled before the next.
  const queued = (): boolean => {
    const message = receiveMessageOnPort(port);
    if (message) receive(message.message as DocumentMessage);
    return message !== undefined;
  };
  const warmUp = init.warmUp ? startWarmUp(warmUpScans(grammars), queued) : undefined;
  port.on('message', receive);
}

/** A message whose large text came before it in parts (documentScanner.ts), with that text; the parts are used up. */
function withTextFromParts(message: DocumentMessage, parts: string[]): DocumentMessage {
  if (message.type === 'close' || message.type === 'text-part' || !message.textInParts) return message;
  const text = parts.splice(0).join('');
  if (message.type === 'scan') return { ...message, request: { ...message.request, text } };
  return { ...message, document: { ...message.document, text } };
}

async function answerHistory(id: number, request: HistoryRequest): Promise<void> {
  try {
    const { config } = request;
    const result = await scanHistory({ root: request.root, paths: [request.path], config, maxFileSize: config.maxFileSize, grammars, checkHead: false });
    const digests = result.findings.flatMap((found) => (found.finding.secretDigest === undefined ? [] : [found.finding.secretDigest]));
    port.postMessage({ id, digests } satisfies HistoryResult);
  } catch (error) {
    port.postMessage({ id, error: (error as Error)?.name ?? 'Error' } satisfies HistoryResult);
  }
}

async function handle(documents: OpenDocuments, message: DocumentMessage): Promise<void> {
  if (message.type === 'text-part') return;
  if (message.type === 'close') return documents.close(message.uri);
  if (message.type === 'prepare') {
    // Nothing to report if it fails: the scan parses again and reports that.
    await documents.prepare(message.document).catch(() => undefined);
    return void port.postMessage({ id: message.id, prepared: true } satisfies DocumentResult);
  }
  try {
    port.postMessage({ id: message.id, findings: await documents.scan(message.id, message.request) } satisfies DocumentResult);
  } catch (error) {
    if (error instanceof ScanCancelled) port.postMessage({ id: message.id, cancelled: true } satisfies DocumentResult);
    else port.postMessage({ id: message.id, error: (error as Error)?.name ?? 'Error' } satisfies DocumentResult);
  }
}

/** For the timeline (entry/timeline.ts): the worker's first file, and each wait of 5 ms or more for the next. */
function idleTimeline(): { busy(): void; done(): void } {
  let pending = 0;
  let since: number | undefined;
  return {
    busy: () => {
      if (!timelineOn()) return;
      if (since === undefined && pending === 0) mark('first file');
      else if (pending === 0 && since !== undefined && performance.now() - since >= 5) mark(`waited ${(performance.now() - since).toFixed(0)} ms`);
      pending++;
    },
    done: () => {
      if (!timelineOn()) return;
      if (--pending === 0) since = performance.now();
    },
  };
}

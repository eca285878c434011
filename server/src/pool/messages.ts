// What the pools and their workers say to each other (structured-cloned, so plain data only).
import type { ProjectConfig } from '../engine/config';
import type { Finding, LanguageId, ScanOptions } from '../engine/types';
import type { FileJob, FileOutcome } from './scanFile';

/** Options as they cross to a worker: without treeSitter (each worker loads its own grammars) or callbacks. */
export type PlainScanOptions = Omit<ScanOptions, 'treeSitter' | 'isCancelled'>;

export type WorkerInit =
  /** An audit's worker: reads and scans files. */
  | { kind: 'files'; options: PlainScanOptions; ruleIds?: string[] }
  /**
   * The language server's worker: scans open documents, reparsing each edit incrementally.
   * `cancel` (one Int32): the id of the scan its pool no longer wants, read between checks.
   * `warmUp`: started before any document is wanted, it warms up until the first message (warmUp.ts).
   */
  | { kind: 'documents'; cancel: SharedArrayBuffer; warmUp?: true }
  /** The language server's "already committed" lookups: a file's git history, scanned for credentials. */
  | { kind: 'history' };

export interface JobMessage {
  id: number;
  job: FileJob;
}

/** To an audit's worker with no file left: write what it has to write (its code cache), then end. */
export interface EndMessage {
  end: true;
}

export interface ResultMessage {
  id: number;
  outcome: FileOutcome;
}

export interface DocumentScanRequest {
  uri: string;
  version: number;
  path: string;
  language: LanguageId;
  text: string;
  options: PlainScanOptions;
}

/** A document to parse before its scan is asked for: an open, while the server reads its settings. */
export type DocumentToPrepare = Omit<DocumentScanRequest, 'options'>;

/**
 * `textInParts`: the text came before the message, as `text-part`s since the last such message (their
 * parts in order), and the message's own `text` is empty (a large text crosses in parts: documentScanner.ts).
 */
export type DocumentMessage =
  | { type: 'scan'; id: number; request: DocumentScanRequest; textInParts?: true }
  | { type: 'prepare'; id: number; document: DocumentToPrepare; textInParts?: true }
  | { type: 'text-part'; parts: string[] }
  | { type: 'close'; uri: string };

/**
 * `findings` undefined: the scan was cancelled (`cancelled`) or threw; of an error only its name
 * comes back (a message can quote the file).
 */
export interface DocumentResult {
  id: number;
  /** A prepare's answer: the worker is free again. */
  prepared?: true;
  findings?: Finding[];
  cancelled?: true;
  error?: string;
}

/** Which credentials one file's history holds: `git log -p` of `path` in the repository at `root`. */
export interface HistoryRequest {
  root: string;
  path: string;
  config: ProjectConfig;
}

/** The secret digests the history holds; `error` (a name only) when git gave no answer. */
export interface HistoryResult {
  id: number;
  digests?: string[];
  error?: string;
}

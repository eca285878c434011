// What the pools and their workers say to each other (structured-cloned, so plain data only).
import type { Finding, LanguageId, ScanOptions } from '../engine/types';
import type { FileJob, FileOutcome } from './scanFile';

/** Options as they cross to a worker: without treeSitter, each worker loads its own grammars. */
export type PlainScanOptions = Omit<ScanOptions, 'treeSitter'>;

export type WorkerInit =
  /** An audit's worker: reads and scans files. */
  | { kind: 'files'; options: PlainScanOptions; ruleIds?: string[] }
  /** The language server's worker: scans open documents, reparsing each edit incrementally. */
  | { kind: 'documents' };

export interface JobMessage {
  id: number;
  job: FileJob;
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

export type DocumentMessage = { type: 'scan'; id: number; request: DocumentScanRequest } | { type: 'close'; uri: string };

/** `findings` undefined: the scan threw; only the error's name comes back (a message can quote the file). */
export interface DocumentResult {
  id: number;
  findings?: Finding[];
  error?: string;
}

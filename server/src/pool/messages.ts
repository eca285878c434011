// What the pool and its workers say to each other (structured-cloned, so plain data only).
import type { ScanOptions } from '../engine/types';
import type { FileJob, FileOutcome } from './scanFile';

export interface WorkerInit {
  /** Without treeSitter: each worker loads its own grammars. */
  options: Omit<ScanOptions, 'treeSitter'>;
  /** The rules to run, by id; undefined: all. */
  ruleIds?: string[];
}

export interface JobMessage {
  id: number;
  job: FileJob;
}

export interface ResultMessage {
  id: number;
  outcome: FileOutcome;
}

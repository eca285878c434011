// Which baseline `audit` applies: --baseline FILE, none with --no-baseline, else the nearest
// .twelve-factor-baseline.json from the first path up to the repository root.
import { BaselineError, findBaseline } from '../baseline/file';
import { loadBaseline, type LoadedBaseline } from '../baseline/match';
import { UsageError } from './command';
import { folderOf } from './config';

export function baselineForAudit(flags: { baseline?: string | undefined; 'no-baseline'?: boolean | undefined }, firstRoot: string): LoadedBaseline | undefined {
  if (flags.baseline !== undefined && flags['no-baseline']) throw new UsageError('--baseline and --no-baseline cannot be combined');
  if (flags['no-baseline']) return undefined;
  const path = flags.baseline ?? findBaseline(folderOf(firstRoot));
  return path === undefined ? undefined : readOrFail(path);
}

export function readOrFail(path: string): LoadedBaseline {
  try {
    return loadBaseline(path);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
}

// What `audit` scans: the paths given, the files changed since a commit (--changed [--since REF])
// or the staged content (--staged). For the last two, paths given narrow the files down.
import { resolve } from 'node:path';
import { auditContents } from '../auditContents';
import { auditPaths, type AuditOptions, type AuditResult } from '../auditRun';
import { changedFiles, GitChangesError, indexTree, stagedFiles } from '../gitChanges';
import { isInside } from '../gitignore';
import type { LoadedConfig } from '../projectConfig';
import { UsageError } from './command';
import { notice } from './output';

export interface SelectionFlags {
  changed?: boolean | undefined;
  since?: string | undefined;
  staged?: boolean | undefined;
}

export interface Selected {
  result: AuditResult;
  /** Absolute files and folders the audit covered: stale baseline entries are looked for only here. */
  scope: string[];
}

export function checkSelectionFlags(flags: SelectionFlags): void {
  if (flags.changed && flags.staged) throw new UsageError('--changed and --staged cannot be combined');
  if (flags.since !== undefined && !flags.changed) throw new UsageError('--since needs --changed');
}

/** Audits what the flags select; `paths` run the ordinary walk. */
export async function auditSelection(
  flags: SelectionFlags,
  paths: readonly string[],
  options: AuditOptions & { config: LoadedConfig },
  walk: (roots: string[], options: AuditOptions) => Promise<AuditResult>,
): Promise<Selected> {
  const narrow = (file: string) => paths.length === 0 || paths.some((path) => isInside(file, resolve(path)));
  try {
    if (flags.changed) {
      const changed = await changedFiles('.', flags.since);
      const files = changed.files.filter(narrow);
      if (files.length === 0) notice('no changed file to scan');
      // Changed files of types no rule reads are simply not scanned: no notice for each.
      const { onNamedFileLeftOut: _unused, ...quiet } = options;
      const result = files.length > 0 ? await auditPaths(files, quiet) : await auditContents([], { base: '.', config: options.config });
      return { result, scope: [...files, ...changed.deleted.filter(narrow)] };
    }
    if (flags.staged) {
      const staged = await stagedFiles('.');
      const files = staged.files.filter((file) => narrow(file.absolutePath));
      const tree = indexTree(staged.repoRoot);
      const result = await auditContents(files, { base: '.', config: options.config, tree, ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}) });
      return { result, scope: [...files.map((file) => file.absolutePath), ...staged.deleted.filter(narrow)] };
    }
  } catch (error) {
    if (error instanceof GitChangesError) throw new UsageError(error.message);
    throw error;
  }
  const roots = paths.length > 0 ? [...paths] : ['.'];
  return { result: await walk(roots, options), scope: roots.map((root) => resolve(root)) };
}

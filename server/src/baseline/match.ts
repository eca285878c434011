// Applies a baseline: which findings it accepts, which of its entries no longer match anything.
import { dirname, relative, resolve } from 'node:path';
import type { AuditedFile, AuditResult } from '../auditRun';
import type { Finding } from '../engine/types';
import { isInside, toPosix } from '../gitignore';
import { readBaseline, type Baseline, type BaselineEntry } from './file';
import { BaselineKeys } from './key';

export interface LoadedBaseline {
  /** Absolute path of the baseline file. */
  path: string;
  baseline: Baseline;
  keys: BaselineKeys;
  /** Entries by file, then by fingerprint. */
  byFile: Map<string, Map<string, BaselineEntry>>;
}

export interface BaselineOutcome {
  path: string;
  /** Findings the baseline accepted: not reported, counted. */
  accepted: number;
  /** Entries in the audited scope that matched no finding (fixed, or the secret changed). */
  stale: BaselineEntry[];
}

export function loadBaseline(path: string): LoadedBaseline {
  const absolute = resolve(path);
  return withBaseline(absolute, readBaseline(absolute));
}

export function withBaseline(path: string, baseline: Baseline): LoadedBaseline {
  const byFile = new Map<string, Map<string, BaselineEntry>>();
  for (const entry of baseline.entries) {
    const entries = byFile.get(entry.file) ?? new Map<string, BaselineEntry>();
    entries.set(entry.fingerprint, entry);
    byFile.set(entry.file, entries);
  }
  return { path, baseline, keys: new BaselineKeys(baseline.salt), byFile };
}

/** A file's path as the baseline names it: relative to the baseline's folder, forward slashes. */
export function baselinePathOf(loaded: Pick<LoadedBaseline, 'path'>, absoluteFile: string): string {
  return toPosix(relative(dirname(loaded.path), absoluteFile));
}

/**
 * For each finding of one file (in position order), the baseline entry it matches, if any.
 * Files without entries cost nothing: no key is computed.
 */
export async function matchFile(loaded: LoadedBaseline, file: string, findings: readonly Finding[]): Promise<Array<BaselineEntry | undefined>> {
  const entries = loaded.byFile.get(file);
  if (!entries) return findings.map(() => undefined);
  const fingerprints = await loaded.keys.fingerprints(file, findings);
  return fingerprints.map((fingerprint, index) => {
    const entry = entries.get(fingerprint);
    return entry?.rule === findings[index]!.ruleId ? entry : undefined;
  });
}

/**
 * Drops accepted findings from an audit result and finds the stale entries: those whose file lies
 * under one of `scope` (absolute files or folders that were audited) and that matched nothing.
 */
export async function applyBaseline(
  result: AuditResult,
  loaded: LoadedBaseline,
  scope: readonly string[],
): Promise<AuditResult & { baseline: BaselineOutcome }> {
  const used = new Set<BaselineEntry>();
  const files: AuditedFile[] = [];
  for (const audited of result.files) {
    const matches = await matchFile(loaded, baselinePathOf(loaded, resolve(result.root, audited.path)), audited.findings);
    matches.forEach((entry) => entry && used.add(entry));
    const findings = audited.findings.filter((_finding, index) => matches[index] === undefined);
    if (findings.length > 0) files.push({ ...audited, findings });
  }
  const stale = loaded.baseline.entries.filter((entry) => !used.has(entry) && inScope(loaded, entry, scope));
  return { ...result, files, baseline: { path: loaded.path, accepted: used.size, stale } };
}

function inScope(loaded: LoadedBaseline, entry: BaselineEntry, scope: readonly string[]): boolean {
  const absolute = resolve(dirname(loaded.path), entry.file);
  return scope.some((root) => isInside(absolute, root));
}

/** `baseline --prune`: the baseline without the entries an audit found stale. */
export function withoutStale(loaded: LoadedBaseline, stale: readonly BaselineEntry[]): Baseline {
  const dropped = new Set(stale);
  return { salt: loaded.baseline.salt, entries: loaded.baseline.entries.filter((entry) => !dropped.has(entry)) };
}

/** `baseline [paths]`: today's findings replace the entries under the audited paths; others stay. */
export function retaken(loaded: LoadedBaseline, entries: readonly BaselineEntry[], scope: readonly string[]): Baseline {
  const kept = loaded.baseline.entries.filter((entry) => !inScope(loaded, entry, scope));
  return { salt: loaded.baseline.salt, entries: [...kept, ...entries] };
}

/** The entries that accept every finding of an audit result, as `baseline` writes them. */
export async function entriesFor(result: AuditResult, loaded: Pick<LoadedBaseline, 'path' | 'keys'>): Promise<BaselineEntry[]> {
  const entries: BaselineEntry[] = [];
  for (const audited of result.files) {
    const file = baselinePathOf(loaded, resolve(result.root, audited.path));
    const fingerprints = await loaded.keys.fingerprints(file, audited.findings);
    audited.findings.forEach((finding, index) => entries.push({ rule: finding.ruleId, file, fingerprint: fingerprints[index]! }));
  }
  return entries;
}

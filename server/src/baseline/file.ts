// The baseline file on disk: `.twelve-factor-baseline.json`, committed beside the code. One entry
// per accepted finding, one entry per line, sorted, so that a review diff shows exactly which
// findings were accepted or dropped. No entry holds a secret or any part of one (baseline/key.ts).
import { lstatSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findRepoRoot } from '../gitignore';
import { SALT_PATTERN } from './key';

export const BASELINE_FILE_NAME = '.twelve-factor-baseline.json';
const FORMAT_VERSION = 1;
/** A baseline is read from the scanned repository: hostile input, so bounded. */
const MAX_BASELINE_BYTES = 32 * 1024 * 1024;
const FINGERPRINT_PATTERN = /^[0-9a-f]{32}$/;

export interface BaselineEntry {
  rule: string;
  /** Forward slashes, relative to the baseline file's folder. */
  file: string;
  fingerprint: string;
}

export interface Baseline {
  salt: string;
  entries: BaselineEntry[];
}

export class BaselineError extends Error {}

/** The nearest baseline file from `start` upwards, stopping at the repository root. */
export function findBaseline(start: string): string | undefined {
  const from = resolve(start);
  const stop = findRepoRoot(from) ?? from;
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, BASELINE_FILE_NAME);
    if (isRegularFile(candidate)) return candidate;
    if (folder === stop || dirname(folder) === folder) return undefined;
  }
}

/** Where `baseline` writes a new file: the repository root, else the start folder. */
export function defaultBaselinePath(start: string): string {
  const from = resolve(start);
  return join(findRepoRoot(from) ?? from, BASELINE_FILE_NAME);
}

export function readBaseline(path: string): Baseline {
  const stats = statOrUndefined(path);
  if (!stats) throw new BaselineError(`${path}: file not found`);
  if (!stats.isFile()) throw new BaselineError(`${path}: not a regular file`);
  if (stats.size > MAX_BASELINE_BYTES) throw new BaselineError(`${path}: larger than ${MAX_BASELINE_BYTES} bytes`);
  return parseBaseline(readFileSync(path, 'utf8'), path);
}

export function parseBaseline(text: string, name: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BaselineError(`${name}: not valid JSON`);
  }
  const object = raw as { version?: unknown; salt?: unknown; entries?: unknown };
  if (typeof raw !== 'object' || raw === null || object.version !== FORMAT_VERSION) {
    throw new BaselineError(`${name}: expected a baseline with "version": ${FORMAT_VERSION}`);
  }
  if (typeof object.salt !== 'string' || !SALT_PATTERN.test(object.salt)) throw new BaselineError(`${name}: "salt" must be 32 hex digits`);
  if (!Array.isArray(object.entries)) throw new BaselineError(`${name}: "entries" must be an array`);
  const entries = object.entries.map((entry: unknown, index: number) => {
    if (!isEntry(entry)) throw new BaselineError(`${name}: entry ${index + 1} needs "rule", "file" and a 32-hex-digit "fingerprint"`);
    return { rule: entry.rule, file: entry.file, fingerprint: entry.fingerprint };
  });
  return { salt: object.salt, entries };
}

function isEntry(value: unknown): value is BaselineEntry {
  const entry = value as Partial<Record<keyof BaselineEntry, unknown>>;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof entry.rule === 'string' &&
    typeof entry.file === 'string' &&
    typeof entry.fingerprint === 'string' &&
    FINGERPRINT_PATTERN.test(entry.fingerprint)
  );
}

/** Sorted by file, rule and fingerprint, duplicates dropped: the same findings give the same bytes. */
export function serializeBaseline(baseline: Baseline): string {
  const unique = new Map(baseline.entries.map((entry) => [`${entry.file}\n${entry.rule}\n${entry.fingerprint}`, entry]));
  const entries = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
  const lines = entries.map((entry) => `    ${JSON.stringify({ rule: entry.rule, file: entry.file, fingerprint: entry.fingerprint })}`);
  return [
    '{',
    `  "version": ${FORMAT_VERSION},`,
    '  "about": "Findings accepted when twelve-factor-lint was adopted: audit does not report them. Fingerprints are salted keyed hashes; no secret or part of one is stored.",',
    `  "salt": ${JSON.stringify(baseline.salt)},`,
    entries.length === 0 ? '  "entries": []' : `  "entries": [\n${lines.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}

/**
 * Writes through a temporary file and a rename. Refuses a path that is a link or a folder:
 * a hostile repository could point the baseline's name at a file outside it.
 */
export function writeBaseline(path: string, baseline: Baseline): void {
  const stats = statOrUndefined(path);
  if (stats && !stats.isFile()) throw new BaselineError(`${path}: not a regular file; not overwritten`);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, serializeBaseline(baseline), { flag: 'wx' });
  renameSync(temporary, path);
}

function isRegularFile(path: string): boolean {
  return statOrUndefined(path)?.isFile() === true;
}

function statOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

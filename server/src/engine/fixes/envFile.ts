import { readEnvFile } from '../languages/dotenv';
import { DIALECT_RULES, type DotenvDialect } from './envDialect';

export type UpsertResult =
  | { status: 'added'; text: string }
  /** The name already holds this value: nothing to write. */
  | { status: 'already-present'; text: string }
  /** The name holds a different value: the caller picks another name (never overwrite). */
  | { status: 'clash' }
  /** No quoting reads back exactly in this file: the fix must not be offered. */
  | { status: 'unwritable' };

/** The file's line ending (its first one), so a CRLF file stays CRLF. */
export function lineEnding(text: string | undefined): '\n' | '\r\n' {
  const newline = text?.indexOf('\n') ?? -1;
  return newline > 0 && text?.[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** `text` ready for a line to be appended: a final line ending added if missing. */
function withFinalNewline(text: string, newline: string): string {
  if (text === '' || text.endsWith('\n') || text.endsWith('\r')) return text;
  return text + newline;
}

/**
 * Whether `after` keeps every entry of `before` and adds `name`, as npm's dotenv reads the file
 * (the one whole-file reader: appending must not change how earlier lines read, whatever the loader).
 */
function keepsEntries(after: string, before: ReadonlyMap<string, string>, name: string): boolean {
  const entries = readEnvFile(after);
  if (!entries.has(name) || entries.size !== before.size + 1) return false;
  for (const [key, old] of before) if (entries.get(key) !== old) return false;
  return true;
}

/**
 * The file with `NAME=<form>` appended, for the first form the dialect's loader reads back as
 * `value`. npm's dotenv reads values across lines, so there the whole new file is read back.
 */
function appendEntry(existing: string, before: ReadonlyMap<string, string>, name: string, value: string, dialect: DotenvDialect): string | undefined {
  const newline = lineEnding(existing);
  const base = withFinalNewline(existing, newline);
  const rules = DIALECT_RULES[dialect];
  for (const form of rules.forms(value, newline)) {
    const text = `${base}${name}=${form}${newline}`;
    if (!keepsEntries(text, before, name)) continue;
    const readBack = dialect === 'node-dotenv' ? readEnvFile(text).get(name) : rules.read(form);
    if (readBack === value) return text;
  }
  return undefined;
}

/**
 * Adds `NAME=value` to a .env file (undefined: the file does not exist yet) in the dialect of the
 * app's loader, keeping everything already there byte for byte. Never writes a duplicate name, never replaces a different value.
 */
export function upsertEnvVar(existingText: string | undefined, name: string, value: string, dialect: DotenvDialect = 'node-dotenv'): UpsertResult {
  const existing = existingText ?? '';
  const before = readEnvFile(existing);
  const current = before.get(name);
  if (current !== undefined) return current === value ? { status: 'already-present', text: existing } : { status: 'clash' };
  const text = appendEntry(existing, before, name, value, dialect);
  return text === undefined ? { status: 'unwritable' } : { status: 'added', text };
}

/**
 * Documents a variable in .env.example as `NAME=` (no value: the example is committed).
 * Undefined when appending would change how the file's existing entries read.
 */
export function addExampleVar(existingText: string | undefined, name: string): { text: string; changed: boolean } | undefined {
  const existing = existingText ?? '';
  const before = readEnvFile(existing);
  if (before.has(name)) return { text: existing, changed: false };
  const text = appendEntry(existing, before, name, '', 'node-dotenv');
  return text === undefined ? undefined : { text, changed: true };
}

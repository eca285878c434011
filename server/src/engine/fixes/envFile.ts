import { readEnvFile } from './dotenv';
import { envValueForms, type EnvDialect } from './envDialect';

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
 * Whether `after` reads back every entry of `before` unchanged, plus `name`, and nothing else; and
 * `name` = `value` when the form is one npm's dotenv also reads literally (a python-dotenv escape
 * is checked by the dialect's own rules instead).
 */
function readsBackExactly(after: string, before: ReadonlyMap<string, string>, name: string, value: string, literal: boolean): boolean {
  const entries = readEnvFile(after);
  if (!entries.has(name) || (literal && entries.get(name) !== value) || entries.size !== before.size + 1) return false;
  for (const [key, old] of before) if (entries.get(key) !== old) return false;
  return true;
}

function appendEntry(existing: string, before: ReadonlyMap<string, string>, name: string, value: string, dialect: EnvDialect): string | undefined {
  const newline = lineEnding(existing);
  const base = withFinalNewline(existing, newline);
  for (const form of envValueForms(dialect, value, newline)) {
    const text = `${base}${name}=${form.text}${newline}`;
    if (readsBackExactly(text, before, name, value, form.literal)) return text;
  }
  return undefined;
}

/**
 * Adds `NAME=value` to a .env file (undefined: the file does not exist yet) in the dialect of the
 * app's loader, keeping everything already there byte for byte. Never writes a duplicate name, never replaces a different value.
 */
export function upsertEnvVar(existingText: string | undefined, name: string, value: string, dialect: EnvDialect = 'dotenv-js'): UpsertResult {
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
  const text = appendEntry(existing, before, name, '', 'dotenv-js');
  return text === undefined ? undefined : { text, changed: true };
}

// npm's dotenv (the reader is THE .env parser, languages/dotenv.ts): quotings it reads, proposed
// most readable first. Its quotes have no escape for quotes or backslashes, so each is only a
// proposal: the caller keeps the first that reads back exactly in the whole file (envFile.ts).
import type { DialectRules } from './envDialect';
import { readEnvFile } from '../languages/dotenv';

// Characters that need no quotes for dotenv nor for the other common readers (docker compose,
// python-dotenv, shells), which expand `$` and backslashes in unquoted values.
const PLAIN_VALUE = /^[\p{L}\p{N}\p{M}_.,:/@+=%~^!?*-]+$/u;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/**
 * Ways to write `value` after `NAME=`, most readable first. Each is only a proposal: dotenv's
 * quoting has no escape for quotes or backslashes, so the caller keeps the first that reads back
 * exactly in the whole file (see upsertEnvVar). `newline` is the file's line ending, used for values
 * written across lines.
 */
function envValueCandidates(value: string, newline = '\n'): string[] {
  const candidates: string[] = [];
  const oneLine = !LINE_BREAK.test(value);
  const trailingBackslash = value.endsWith('\\');
  if (value === '' || PLAIN_VALUE.test(value)) candidates.push(value);
  // Single quotes first: they are literal for dotenv and for the readers that expand `$`. Then
  // double quotes, which turn `\n` and `\r` into line breaks; backticks (dotenv only) last.
  const double = !value.includes('"') && !/\\[nr]/.test(value);
  const escaped = `"${value.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
  if (oneLine && !value.includes("'") && !trailingBackslash) candidates.push(`'${value}'`);
  if (double && !trailingBackslash) candidates.push(escaped);
  if (oneLine && !value.includes('`') && !trailingBackslash) candidates.push(`\`${value}\``);
  candidates.push(value);
  // Last resorts: a backslash just before the closing quote (read right only while the line is
  // last in the file), and quotes that span lines.
  if (double) candidates.push(escaped);
  if (!value.includes('\r')) {
    const lines = value.replace(/\n/g, newline);
    for (const quote of ["'", '`', '"']) if (!value.includes(quote)) candidates.push(quote + lines + quote);
  }
  return [...new Set(candidates)];
}

export const nodeDialect: DialectRules = {
  forms: envValueCandidates,
  read: (raw) => readEnvFile(`K=${raw}\n`).get('K'),
};

// Credentials in the query of a URL or URI: `sftp://host/dir?password=…`, Camel's
// `aws2-s3://bucket?secretKey=RAW(…)`, `https://api.example.com/v1/search?api_key=…`. The
// parameter's name says what the value is, judged as a name's value is anywhere else. JDBC's own
// `?password=` is read by the JDBC URL reader; this finds every other credential-named parameter.
import { credentialName } from './names';
import { isPlaceholder } from './placeholders';
import { isSecretLikeValue } from './values';

export interface UrlQuerySecret {
  /** The value, relative to the searched string (inside Camel's `RAW(…)` when it is wrapped). */
  start: number;
  end: number;
  /** The parameter's name, as written. */
  name: string;
  noun: string;
}

/** The text starts with a scheme: `sftp://…`, `aws2-s3://…`, Camel's `kafka:topic?…`. */
const SCHEME_FIRST = /^[A-Za-z][A-Za-z0-9+.-]{0,30}:/;
/** Longer than any key or password Camel is given. */
const MAX_RAW = 1024;
// Not `#`: connection URIs written by hand (Camel's, above all) hold raw passwords, `#` included.
const VALUE_END = new Set(['&', ';', '"', "'", '`', ' ', '\t', '\r', '\n']);

export function findUrlQuerySecrets(text: string): UrlQuerySecret[] {
  const found: UrlQuerySecret[] = [];
  if (!SCHEME_FIRST.test(text) || !text.includes('=')) return found;
  // A fresh global regex per call: its lastIndex is this scan's alone.
  const parameter = /[?&;]([A-Za-z][\w.-]{0,63})=/g;
  for (let match = parameter.exec(text); match; match = parameter.exec(text)) {
    const name = match[1]!;
    const { start, end } = valueAt(text, match.index + match[0].length);
    // Resume after the value: a value is scanned once, so hostile text stays linear.
    parameter.lastIndex = Math.max(parameter.lastIndex, end);
    if (end === start) continue;
    const credential = credentialName(name);
    const value = text.slice(start, end);
    if (!credential || /\$\{|\{\{|#\{/.test(value) || isPlaceholder(value)) continue;
    if (isSecretLikeValue(value, { name, weakName: credential.strength === 'weak' })) found.push({ start, end, name, noun: credential.noun });
  }
  return found;
}

/** The value after `=`: up to the next separator, or inside Camel's `RAW(…)`, which may hold any character. */
function valueAt(text: string, from: number): { start: number; end: number } {
  if (text.startsWith('RAW(', from)) {
    // Bounded: a `RAW(` never closed must not make every later parameter scan to the end.
    const limit = Math.min(text.length, from + 4 + MAX_RAW);
    for (let close = from + 4; close < limit; close++) if (text.charAt(close) === ')') return { start: from + 4, end: close };
  }
  let end = from;
  while (end < text.length && !VALUE_END.has(text.charAt(end))) end++;
  return { start: from, end };
}

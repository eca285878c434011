// Readers for the files whose only job is to hold logins: `.netrc` (curl, git, ftp, pip, Heroku's
// CLI), PostgreSQL's `.pgpass`, git's credential store `.git-credentials`, Postfix's `sasl_passwd` and rsync's secrets. Each yields the
// passwords with their source spans. Linear, total.
import { findUrlPasswords } from '../secrets';
import type { Span } from '../types';
import { MappedText, MappedTextBuilder } from './mapped-text';

export interface StoredPassword {
  password: MappedText;
}

/**
 * `.netrc`: whitespace-separated tokens, `machine <host> login <user> password <pw>`, on one line
 * or several; `default` stands for any machine; `macdef` starts a macro that runs to a blank line.
 */
export function netrcPasswords(text: string): StoredPassword[] {
  const passwords: StoredPassword[] = [];
  let expecting = '';
  let macro = false;
  for (const match of text.matchAll(/\S+|\n[ \t]*(?=\n)/g)) {
    const token = match[0];
    if (token.startsWith('\n')) {
      macro = false; // a blank line ends a macro
      continue;
    }
    if (macro) continue;
    if (expecting === 'password') passwords.push({ password: MappedText.contiguous(token, match.index) });
    else if (expecting === 'macdef') macro = true;
    if (expecting !== '') {
      expecting = '';
      continue;
    }
    if (NETRC_KEYWORDS.has(token)) expecting = token;
  }
  return passwords;
}

/**
 * `.git-credentials` (git's `store` helper): one URL per line, `https://user:password@host`, the
 * password percent-encoded as written. Every URL's password, whatever its scheme.
 */
export function gitCredentialPasswords(text: string): StoredPassword[] {
  return findUrlPasswords(text).map((found) => ({ password: MappedText.contiguous(text.slice(found.start, found.end), found.start) }));
}

/**
 * Postfix's `sasl_passwd` (`[smtp.example.org]:587 user@example.org:password`) and rsync's secrets file
 * (`user:password`): per line, the last word is `user:password`, the password after its first colon; `#` comments.
 */
export function colonPairPasswords(text: string): StoredPassword[] {
  const passwords: StoredPassword[] = [];
  for (const match of text.matchAll(/^[ \t]*(?!#)(?:\S+[ \t]+)?([^\s:]+):(\S+)[ \t]*\r?$/gm)) {
    const password = match[2]!;
    passwords.push({ password: MappedText.contiguous(password, match.index + match[0].lastIndexOf(password)) });
  }
  return passwords;
}

/** The `.netrc` keywords followed by a value. */
const NETRC_KEYWORDS = new Set(['machine', 'login', 'password', 'account', 'macdef']);

/** `.pgpass`: `hostname:port:database:username:password` per line, `\:` and `\\` escaped, `#` comments. */
export function pgpassPasswords(text: string): StoredPassword[] {
  const passwords: StoredPassword[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (text[lineStart] !== '#') {
      const fields = pgpassFields(text, lineStart, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
      const password = fields[4];
      if (fields.length === 5 && password && password.text !== '') passwords.push({ password });
    }
    lineStart = lineEnd + 1;
  }
  return passwords;
}

function pgpassFields(text: string, start: number, end: number): MappedText[] {
  const fields: MappedText[] = [];
  let builder = new MappedTextBuilder();
  let fieldStart = start;
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < end) {
      builder.push(text[i + 1]!, i, i + 2);
      i++;
    } else if (char === ':' && fields.length < 4) {
      fields.push(builder.build(span(fieldStart, i)));
      builder = new MappedTextBuilder();
      fieldStart = i + 1;
    } else builder.push(char, i);
  }
  fields.push(builder.build(span(fieldStart, end)));
  return fields;
}

function span(start: number, end: number): Span {
  return { start, end };
}

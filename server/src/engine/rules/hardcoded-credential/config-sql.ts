// SQL scripts committed beside an app (`docker-entrypoint-initdb.d/*.sql`, seeds, migrations): the
// passwords their statements give roles and logins, the credential-named columns and settings rows
// their inserts fill, and any token or URL password in a string. Hashes (SCRAM verifiers, bcrypt,
// MySQL's `AS '*…'`) and psql variables (`:'password'`) stay silent.
import { MappedText } from '../../languages/mapped-text';
import { sqlTokens, type SqlToken } from '../../languages/sql';
import type { LanguageCheck, RuleContext } from '../../rule';
import { credentialName } from '../../secrets';
import { CREDENTIAL_KEYWORDS } from './keywords';
import { reportConfigValue } from './config-common';

const ADVICE = 'pass it to the script at run time instead (a client variable such as psql\'s `:\'password\'`, a secret file the entrypoint reads)';

type StringToken = Extract<SqlToken, { kind: 'string' }>;

function check(context: RuleContext): void {
  const tokens = sqlTokens(context.text);
  const named = new Set<StringToken>();
  const report = (name: string | undefined, token: StringToken, alwaysCredential = false) => {
    if (name !== undefined) named.add(token);
    reportConfigValue(context, { name, value: token.value, span: { start: token.start, end: token.end }, advice: ADVICE, ...(alwaysCredential ? { alwaysCredential } : {}) });
  };
  for (let index = 0; index < tokens.length; index++) {
    const password = statementPassword(tokens, index);
    if (password) report('password', password);
    for (const { name, value } of [...insertedValues(tokens, index), ...parameterValue(tokens, index), ...updatedSetting(tokens, index)]) report(name, value);
  }
  // A token format or a URL's password anywhere else (a `dblink_connect('… password=…')`, a webhook URL in a row).
  for (const token of tokens) if (token.kind === 'string' && !named.has(token)) report(undefined, token);
}

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean => token?.kind === 'word' && words.includes(token.text.toUpperCase());
const asString = (token: SqlToken | undefined): StringToken | undefined => (token?.kind === 'string' ? token : undefined);

/**
 * The literal a statement sets as a login's password, at the word that opens the clause:
 * `[ENCRYPTED] PASSWORD 'x'`, `PASSWORD = 'x'` (SQL Server, MySQL's SET PASSWORD), `PASSWORD('x')`,
 * `IDENTIFIED BY 'x'`, `IDENTIFIED WITH plugin BY 'x'`, `SET PASSWORD FOR u@h = 'x'`.
 */
function statementPassword(tokens: readonly SqlToken[], index: number): StringToken | undefined {
  const token = tokens[index];
  if (isWord(token, 'PASSWORD')) {
    // `IDENTIFIED BY PASSWORD '*…'` is MySQL 5's hash syntax (`ENCRYPTION BY PASSWORD = '…'` is a password).
    if (isWord(tokens[index - 1], 'BY') && isWord(tokens[index - 2], 'IDENTIFIED')) return undefined;
    if (isWord(tokens[index - 1], 'SET') && isWord(tokens[index + 1], 'FOR')) return afterEquals(tokens, index + 2);
    const next = tokens[index + 1];
    if (next?.text === '=' || next?.text === '(') return asString(tokens[index + 2]) ?? (next.text === '=' ? passwordCall(tokens, index + 2) : undefined);
    return asString(next);
  }
  if (!isWord(token, 'IDENTIFIED')) return undefined;
  if (isWord(tokens[index + 1], 'BY')) return asString(tokens[index + 2]) ?? oraclePassword(tokens[index + 2]);
  // `IDENTIFIED WITH mysql_native_password BY 'x'`; `… AS '*hash'` is a stored hash.
  if (isWord(tokens[index + 1], 'WITH') && isWord(tokens[index + 3], 'BY')) return asString(tokens[index + 4]) ?? doubleQuoted(tokens[index + 4]);
  return undefined;
}

/** MySQL reads `"…"` as a string (without ANSI_QUOTES): `IDENTIFIED WITH plugin BY "…"`. */
function doubleQuoted(token: SqlToken | undefined): StringToken | undefined {
  return token?.kind === 'word' && token.end - token.start > token.text.length ? oraclePassword(token) : undefined;
}

/**
 * Oracle's `CREATE USER scott IDENTIFIED BY tiger` (or `BY "t1ger!"`): the password is an identifier.
 * `BY VALUES '…'` is a stored hash, `BY PASSWORD '*…'` MySQL 5's, `BY RANDOM PASSWORD` a generated one.
 */
function oraclePassword(token: SqlToken | undefined): StringToken | undefined {
  // MySQL 8's `IDENTIFIED BY RANDOM PASSWORD` has the server make one up.
  if (token?.kind !== 'word' || isWord(token, 'VALUES', 'PASSWORD', 'RANDOM')) return undefined;
  const quoted = token.end - token.start > token.text.length;
  const value = MappedText.contiguous(token.text, token.start + (quoted ? 1 : 0));
  return { kind: 'string', text: token.text, start: token.start, end: token.end, value };
}

/** `PASSWORD('x')` on the right of `=`. */
function passwordCall(tokens: readonly SqlToken[], index: number): StringToken | undefined {
  return isWord(tokens[index], 'PASSWORD') && tokens[index + 1]?.text === '(' ? asString(tokens[index + 2]) : undefined;
}

/** The literal after the next `=` of the statement (a `SET PASSWORD FOR 'u'@'h' = 'x'`), a few tokens on at most. */
function afterEquals(tokens: readonly SqlToken[], from: number): StringToken | undefined {
  for (let index = from; index < Math.min(tokens.length, from + 8); index++) {
    if (tokens[index]?.text === ';') return undefined;
    if (tokens[index]?.text === '=') return asString(tokens[index + 1]) ?? passwordCall(tokens, index + 1);
  }
  return undefined;
}

/** Columns of a key/value settings table: `(key, value)`, `(name, value)`, WordPress' `(option_name, option_value)`. */
const KEY_COLUMNS = /^(?:key|name|setting|option_name|config_key|param|parameter)$/i;
const VALUE_COLUMNS = /^(?:value|option_value|config_value|setting_value|val)$/i;

/**
 * `INSERT INTO t (c1, c2) VALUES (…), (…)`: each string under a credential-named column, named by it
 * (`password`, `api_token`); in a key/value table, the value named by its row's key (`'webhook_signing_secret'`).
 */
function insertedValues(tokens: readonly SqlToken[], index: number): { name: string; value: StringToken }[] {
  if (!isWord(tokens[index], 'INSERT')) return [];
  let at = index + 1;
  while (at < tokens.length && at < index + 8 && tokens[at]?.text !== '(') at++;
  const columns = group(tokens, at);
  if (!columns || !isWord(tokens[columns.end + 1], 'VALUES')) return [];
  const names = columns.items.map((item) => (item.length === 1 && item[0]?.kind === 'word' ? item[0].text : ''));
  const keyAt = names.findIndex((name) => KEY_COLUMNS.test(name));
  const valueAt = names.findIndex((name) => VALUE_COLUMNS.test(name));
  const found: { name: string; value: StringToken }[] = [];
  for (let row = group(tokens, columns.end + 2); row; row = tokens[row.end + 1]?.text === ',' ? group(tokens, row.end + 2) : undefined) {
    const values = row.items.map((item) => (item.length === 1 ? asString(item[0]) : undefined));
    const key = keyAt >= 0 ? values[keyAt]?.value.text : undefined;
    values.forEach((value, column) => {
      const name = column === valueAt && key !== undefined ? key : names[column];
      if (value && name && credentialName(name) && !isStoredDigest(name, value.value.text)) found.push({ name, value });
    });
  }
  return found;
}

/**
 * A seeded user row keeps its password as a digest: 32, 40, 64 or 128 hex digits (MD5, SHA-1,
 * SHA-256, SHA-512) under a password column are what the app compares a hash with, not a password.
 * Under a token's or key's column the same digits are the token.
 */
function isStoredDigest(column: string, value: string): boolean {
  return credentialName(column)?.noun === 'password' && /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i.test(value);
}

/** T-SQL's `@rmtpassword = N'…'` (a procedure's named argument), `SET @api_key = '…'`: named by the variable. */
function parameterValue(tokens: readonly SqlToken[], index: number): { name: string; value: StringToken }[] {
  const name = tokens[index + 1];
  if (tokens[index]?.text !== '@' || name?.kind !== 'word' || tokens[index + 2]?.text !== '=') return [];
  const value = asString(tokens[index + 3]);
  return value && credentialName(name.text) ? [{ name: name.text, value }] : [];
}

/** `UPDATE settings SET value = '…' WHERE key = 'smtp_password'`: a key/value row's value, named by its key. */
function updatedSetting(tokens: readonly SqlToken[], index: number): { name: string; value: StringToken }[] {
  if (!isWord(tokens[index], 'UPDATE')) return [];
  let value: StringToken | undefined;
  for (let at = index + 1; at < tokens.length && at < index + 40 && tokens[at]?.text !== ';'; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word' || tokens[at + 1]?.text !== '=') continue;
    if (VALUE_COLUMNS.test(token.text)) value = asString(tokens[at + 2]) ?? value;
    const key = KEY_COLUMNS.test(token.text) ? asString(tokens[at + 2])?.value.text : undefined;
    if (value && key !== undefined && credentialName(key)) return [{ name: key, value }];
  }
  return [];
}

/** A parenthesised, comma-separated list opening at `open`: its items' tokens and the closing index. */
function group(tokens: readonly SqlToken[], open: number): { items: SqlToken[][]; end: number } | undefined {
  if (tokens[open]?.text !== '(') return undefined;
  const items: SqlToken[][] = [[]];
  let depth = 0;
  for (let index = open + 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.text === '(' && token.kind === 'punct') depth++;
    else if (token.text === ')' && token.kind === 'punct' && depth-- === 0) return { items, end: index };
    if (token.text === ',' && token.kind === 'punct' && depth === 0) items.push([]);
    else items[items.length - 1]!.push(token);
  }
  return undefined;
}

/** `IDENTIFIED BY` names no credential word: the prefilter needs it as one. */
export const sqlCheck: LanguageCheck = {
  languages: ['sql'],
  keywords: [...CREDENTIAL_KEYWORDS, 'identified'],
  check,
};

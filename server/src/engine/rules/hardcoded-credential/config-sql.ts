// SQL scripts a repository commits (docker-entrypoint-initdb.d, migrations, installers): the
// password an account is created or altered with, in each dialect's words: MySQL's `IDENTIFIED [WITH
// plugin] BY '…'` and `SET PASSWORD … = PASSWORD('…')`, PostgreSQL's `[ENCRYPTED] PASSWORD '…'`
// (also a foreign server's `OPTIONS (password '…')`), Oracle's `IDENTIFIED BY pw` (bare or quoted,
// database links too), SQL Server's `PASSWORD = N'…'` (logins, master keys), CQL's `WITH PASSWORD =
// '…'`. Not literals: psql variables (`:'app_password'`), stored verifiers (`md5…`, `SCRAM-SHA-256$…`,
// MySQL's `BY PASSWORD '*…'` and `AS '*…'`), `PASSWORD NULL`, column names. Any other string literal
// is read for token formats and URL passwords (a seeded webhook URL, an API key in a settings row).
import { lexSql, type SqlToken } from '../../languages/sql';
import { MappedText } from '../../languages/mapped-text';
import type { LanguageCheck, RuleContext } from '../../rule';
import { reportConfigValue } from './config-common';
import { CREDENTIAL_KEYWORDS } from './keywords';

const ADVICE = "pass it in when the script runs instead (psql's -v, the database image's *_PASSWORD variables, a secret store) and rotate it";

/** What PostgreSQL and MySQL store instead of a password: setting one of these sets no known password. */
const STORED_VERIFIER = /^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$\S+|\*[0-9A-F]{40})$/i;

type Literal = Extract<SqlToken, { kind: 'string' | 'quoted' }>;

function check(context: RuleContext): void {
  const tokens = lexSql(context.text);
  const passwords = new Set<SqlToken>();
  tokens.forEach((token, at) => {
    const password = isWord(token, 'identified') ? identifiedBy(tokens, at) : isPasswordWord(token) && !isHashedIdentified(tokens, at) ? passwordValue(tokens, at) : undefined;
    if (password) passwords.add(password);
  });
  for (const token of tokens) {
    if (passwords.has(token)) reportPassword(context, token);
    else if (token.kind === 'string') reportConfigValue(context, { name: undefined, value: token.value, span: token, advice: ADVICE });
  }
}

/** `IDENTIFIED [WITH plugin] BY <password>`; not `BY PASSWORD '<hash>'`, `BY RANDOM PASSWORD`, `IDENTIFIED EXTERNALLY`. */
function identifiedBy(tokens: readonly SqlToken[], at: number): SqlToken | undefined {
  let next = at + 1;
  if (isWord(tokens[next], 'with')) next += 2;
  if (!isWord(tokens[next], 'by')) return undefined;
  const value = tokens[next + 1];
  if (!value || isWord(value, 'password') || isWord(value, 'random') || isWord(value, 'values')) return undefined;
  return value.kind === 'string' || value.kind === 'quoted' || value.kind === 'word' ? value : undefined;
}

/** MySQL's `IDENTIFIED BY PASSWORD '*…'` gives the stored hash; SQL Server's `ENCRYPTION BY PASSWORD = '…'` a password. */
function isHashedIdentified(tokens: readonly SqlToken[], at: number): boolean {
  return isWord(tokens[at - 1], 'by') && isWord(tokens[at - 2], 'identified');
}

/** `PASSWORD '…'`, `PASSWORD = N'…'`, `PASSWORD('…')`: the literal after the word, if there is one. */
function passwordValue(tokens: readonly SqlToken[], at: number): SqlToken | undefined {
  let next = at + 1;
  if (isPunct(tokens[next], '=')) next++;
  const call = isPunct(tokens[next], '(');
  const value = tokens[call ? next + 1 : next];
  if (call && !isPunct(tokens[next + 2], ')')) return undefined;
  return value && isLiteral(value) ? value : undefined;
}

function reportPassword(context: RuleContext, token: SqlToken): void {
  const value = isLiteral(token) ? token.value : token.kind === 'word' ? MappedText.contiguous(token.text, token.start) : undefined;
  if (!value || STORED_VERIFIER.test(value.text)) return;
  reportConfigValue(context, { name: 'password', value, span: { start: token.start, end: token.end }, advice: ADVICE });
}

const isLiteral = (token: SqlToken): token is Literal => token.kind === 'string' || token.kind === 'quoted';
const isWord = (token: SqlToken | undefined, word: string): boolean => token?.kind === 'word' && token.text.toLowerCase() === word;
const isPunct = (token: SqlToken | undefined, text: string): boolean => token?.kind === 'punct' && token.text === text;
const isPasswordWord = (token: SqlToken): boolean => token.kind === 'word' && /^(?:old_)?password$/i.test(token.text);

export const sqlCheck: LanguageCheck = {
  languages: ['sql'],
  // `identified`: Oracle's `IDENTIFIED BY tiger` holds no other credential word.
  keywords: [...CREDENTIAL_KEYWORDS, 'identified'],
  check,
};

// The DSNs a JS/TS app writes for a driver that takes no URL (go-dsn.ts): go-sql-driver's `'u:pw@tcp(db:3306)/app'`
// handed to the Go worker beside it, `'u:pw@/app'`, an ADO.NET string for `mssql.connect('Server=…;Password=…')`.
// Python, Ruby, PHP and Go read the same strings the same way (held-out batch cred25).
import { LANGUAGES } from '../../languages/catalogue';
import { oncePerFile, type PrefilterInput } from '../../prefilter';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';
import { findDsnPassword } from './go-dsn';
import { MYSQL_NO_ADDRESS_SHAPE, ORACLE_LOGIN_SHAPE } from './keywords';
import { dsnPasswordReport } from './go-report';
import { connectionEnvName, type Target } from './target';

/** What the prefilter lets through for these: a driver's network in a DSN, the whole-string `u:pw@/db` or an Oracle login `u/pw@host/svc` (keywords.ts). */
const MYSQL_NETWORK = /@(?:tcp[46]?|unix|udp)\(/;
// ADO.NET's `;Password=`; a libpq string's ` password=` stays to the name prefilter (` password=` is in every form's docs).
const KEYWORD_PASSWORD = /;\s?(?:password|pwd)\s?=/i;

export function mayHoldDsn(file: PrefilterInput): boolean {
  const { text } = file;
  // MYSQL_NO_ADDRESS_SHAPE and ORACLE_LOGIN_SHAPE are checks' patterns too (keywords.ts): their answers are the file's, kept once.
  // (The Oracle login was missing here: `connectionString: 'app/<pw>@db.internal:1521/svc'` passed the patterns, not this.)
  return (
    MYSQL_NETWORK.test(text) ||
    oncePerFile(file, MYSQL_NO_ADDRESS_SHAPE, () => MYSQL_NO_ADDRESS_SHAPE.test(text)) ||
    KEYWORD_PASSWORD.test(text) ||
    oncePerFile(file, ORACLE_LOGIN_SHAPE, () => ORACLE_LOGIN_SHAPE.test(text))
  );
}

/** The cheap test per literal before the DSN readers: every DSN has a user's `@` or a keyword's `=`. */
export function mayBeDsnLiteral(raw: string): boolean {
  return raw.includes('@') || raw.includes('=');
}

/** Reports the DSN's password and answers whether there was one; the fix moves the whole literal. */
export function reportDsnLiteral(raw: string, base: number, whole: { span: Span; value: string }, target: Target | undefined, context: RuleContext): boolean {
  const dsn = findDsnPassword(raw);
  if (!dsn) return false;
  const envName = connectionEnvName(target) ?? 'DATABASE_DSN';
  const passwordSpan = { start: base + dsn.start, end: base + dsn.end };
  context.report(dsnPasswordReport({ passwordSpan, password: raw.slice(dsn.start, dsn.end), kind: dsn.kind, whole, ...(target ? { target } : {}), envName }, LANGUAGES.javascript.envRead));
  return true;
}

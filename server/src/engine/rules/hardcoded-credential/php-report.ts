// Messages and fixes for PHP credentials. A message names what was found and where, never the value,
// and says how this file would read the variable (`env('X')` in Laravel config, else `getenv('X')`).
import { phpEnvReadExpression } from '../../fixes/envRead-php';
import type { Report, Span } from '../../types';
import { embeddedTokenReport as reportEmbeddedToken, moveToEnv, wholeLiteralReport as reportWholeLiteral } from './report';
import type { Target } from './php-targets';

export interface PhpLiteral {
  /** The literal including its quotes. */
  span: Span;
  value: string;
  /** How the file reads an env var, for messages. */
  read: (name: string) => string;
}

export function readerFor(text: string, path: string): (name: string) => string {
  return (name) => phpEnvReadExpression(text, path, name);
}

/** The whole literal is the secret (a credential-named value, a secret argument, a whole token). */
export function wholeLiteralReport(literal: PhpLiteral, what: string, target: Target | undefined, defaultEnvName: string, isToken: boolean): Report {
  return reportWholeLiteral({ span: literal.span, value: literal.value, what, isToken, target, defaultEnvName }, literal.read);
}

/** A token inside a longer string: report the token only; no in-place fix keeps the code working. */
export function embeddedTokenReport(span: Span, secret: string, format: string, envName: string, read: (name: string) => string): Report {
  return reportEmbeddedToken(span, secret, format, envName, read);
}

export interface PhpUrlFinding {
  passwordSpan: Span;
  password: string;
  /** "a postgres connection URL", "a PDO DSN". */
  kind: string;
  /** Set when the URL is the whole literal: the fix moves all of it. */
  whole?: PhpLiteral;
  target?: Target;
  envName: string;
  read: (name: string) => string;
}

export function urlPasswordReport(finding: PhpUrlFinding): Report {
  const fix = finding.whole ? moveToEnv(finding.whole.span, finding.whole.value, finding.envName, finding.target) : undefined;
  const action =
    finding.target?.kind === 'fallback'
      ? `remove the fallback and set ${finding.envName} in the environment`
      : `read the whole value from the environment (${finding.read(finding.envName)})`;
  return { span: finding.passwordSpan, secret: finding.password, message: `Factor III: password in ${finding.kind}; ${action}.`, ...(fix ? { fix } : {}) };
}

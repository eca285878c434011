// Messages and fixes for PHP credentials. A message names what was found and where, never the value,
// and says how this file would read the variable (`env('X')` in Laravel config, else `getenv('X')`).
import { phpEnvReadExpression } from '../../fixes/envRead-php';
import type { MoveToEnvFix, Report, Span } from '../../types';
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
  const named = target?.credential?.strength === 'strong' || (target !== undefined && target.kind !== 'name');
  const envName = target && named ? target.envName : defaultEnvName;
  const rotate = isToken ? 'rotate it and ' : '';
  let message: string;
  if (target?.envWrite) message = `Factor III: hardcoded ${what} written to ${target.label}; ${rotate}set ${envName} in the environment, not in code.`;
  else if (target?.kind === 'fallback') {
    message = `Factor III: hardcoded ${what} as the fallback of ${target.label}; ${rotate}remove the fallback and set ${envName} in the environment.`;
  } else {
    const where = target?.kind === 'api' ? ` passed to ${target.label}` : target && (target.credential || isToken) ? ` in "${shorten(target.label)}"` : '';
    message = `Factor III: hardcoded ${what}${where}; ${rotate}read it from the environment (${literal.read(envName)}).`;
  }
  const fix = moveToEnv(literal.span, literal.value, envName, target);
  return { span: literal.span, message, secret: literal.value, ...(fix ? { fix } : {}) };
}

/** A token inside a longer string: report the token only; no in-place fix keeps the code working. */
export function embeddedTokenReport(span: Span, secret: string, format: string, envName: string, read: (name: string) => string): Report {
  return { span, secret, message: `Factor III: hardcoded ${format} inside a string; rotate it and read it from the environment (${read(envName)}).` };
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

function moveToEnv(span: Span, value: string, envName: string, target: Target | undefined): MoveToEnvFix | undefined {
  if (target?.noFix) return undefined;
  if (target?.kind === 'fallback' && target.existingEnvName !== undefined) {
    return { kind: 'move-to-env', span: target.fixSpan ?? span, envName: target.existingEnvName, value, existingEnvName: target.existingEnvName };
  }
  return { kind: 'move-to-env', span, envName, value };
}

function shorten(label: string): string {
  return label.length <= 60 ? label : `…${label.slice(-59)}`;
}

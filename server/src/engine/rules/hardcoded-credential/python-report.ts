// Messages and fixes for Python: the JavaScript wording, with Python's env read. Never the value.
import type { MoveToEnvFix, Report, Span } from '../../types';
import type { Target } from './javascript-target';

const read = (envName: string): string => `os.environ["${envName}"]`;

export interface PythonLiteral {
  /** The literal including prefix and quotes (or the whole implicit concatenation). */
  span: Span;
  value: string;
  /** `b'...'`: replacing it with a str read would change its type, so no in-place fix. */
  bytes: boolean;
}

export function wholeLiteralReport(literal: PythonLiteral, what: string, isToken: boolean, target: Target | undefined, defaultEnvName: string): Report {
  // A weak name (`auth`, `token`) says less than a token format does.
  const named = target?.credential?.strength === 'strong' || (target !== undefined && target.kind !== 'name');
  const envName = target && named ? target.envName : defaultEnvName;
  const fix = moveToEnv(literal, envName, target);
  return { span: literal.span, message: wholeLiteralMessage(what, isToken, target, envName), secret: literal.value, ...(fix ? { fix } : {}) };
}

function wholeLiteralMessage(what: string, isToken: boolean, target: Target | undefined, envName: string): string {
  const rotate = isToken ? 'rotate it and ' : '';
  if (target?.envWrite) return `Factor III: hardcoded ${what} written to ${target.label}; ${rotate}set ${envName} in the environment, not in code.`;
  if (target?.kind === 'fallback') {
    return `Factor III: hardcoded ${what} as the fallback of ${target.label}; ${rotate}remove the fallback and set ${envName} in the environment.`;
  }
  const where = target?.kind === 'api' ? ` passed to ${target.label}` : target && (target.credential || isToken) ? ` in "${shorten(target.label)}"` : '';
  return `Factor III: hardcoded ${what}${where}; ${rotate}read it from the environment (${read(envName)}).`;
}

/** A token inside a longer string: report the token; no in-place fix would keep the code working. */
export function embeddedTokenReport(span: Span, secret: string, format: string, envName: string): Report {
  return { span, secret, message: `Factor III: hardcoded ${format} inside a string; rotate it and read it from the environment (${read(envName)}).` };
}

export interface PythonUrlFinding {
  passwordSpan: Span;
  password: string;
  scheme: string;
  /** Set when the URL is the whole literal: the fix moves the whole URL. */
  whole?: PythonLiteral;
  target?: Target;
  envName: string;
}

export function urlPasswordReport(finding: PythonUrlFinding): Report {
  const fix = finding.whole ? moveToEnv(finding.whole, finding.envName, finding.target) : undefined;
  const kind = /^https?$/.test(finding.scheme) ? `an ${finding.scheme} URL (basic auth)` : `${article(finding.scheme)} ${finding.scheme} connection URL`;
  const action =
    finding.target?.kind === 'fallback'
      ? `remove the fallback and set ${finding.envName} in the environment`
      : `read the whole URL from the environment (${read(finding.envName)})`;
  return { span: finding.passwordSpan, secret: finding.password, message: `Factor III: password in ${kind}; ${action}.`, ...(fix ? { fix } : {}) };
}

function moveToEnv(literal: PythonLiteral, envName: string, target: Target | undefined): MoveToEnvFix | undefined {
  if (target?.noFix || literal.bytes) return undefined;
  if (target?.kind === 'fallback' && target.existingEnvName !== undefined) {
    if (!target.fixSpan) return undefined;
    return { kind: 'move-to-env', span: target.fixSpan, envName: target.existingEnvName, value: literal.value, existingEnvName: target.existingEnvName };
  }
  return { kind: 'move-to-env', span: literal.span, envName, value: literal.value };
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function shorten(label: string): string {
  return label.length <= 60 ? label : `…${label.slice(-59)}`;
}

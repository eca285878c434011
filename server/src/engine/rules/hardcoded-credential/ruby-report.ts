// Ruby messages and fixes: the same findings as in JavaScript, told in Ruby (`ENV.fetch("X")`).
import type { MoveToEnvFix, Report, Span } from '../../types';
import type { Target } from './javascript-target';

export interface RubyLiteral {
  /** The literal including its delimiters. */
  span: Span;
  value: string;
  /** "password", "Stripe secret key", ... */
  what: string;
  /** A known token format: a live key, so the message also says to rotate it. */
  isToken: boolean;
  target: Target | undefined;
  /** Env name when the target names none: the token format's own (GITHUB_TOKEN). */
  defaultEnvName: string;
}

export function envFetch(name: string): string {
  return `ENV.fetch("${name}")`;
}

/** A whole literal is the secret: report it; the fix moves it to the environment. */
export function wholeLiteralReport(literal: RubyLiteral): Report {
  const { target } = literal;
  const named = target?.credential?.strength === 'strong' || (target !== undefined && target.kind !== 'name');
  const envName = target && named ? target.envName : literal.defaultEnvName;
  const fix = moveToEnv(literal.span, literal.value, envName, target);
  return { span: literal.span, message: wholeLiteralMessage(literal, envName), secret: literal.value, ...(fix ? { fix } : {}) };
}

function wholeLiteralMessage(literal: RubyLiteral, envName: string): string {
  const { target, what } = literal;
  const rotate = literal.isToken ? 'rotate it and ' : '';
  if (target?.envWrite) return `Factor III: hardcoded ${what} written to ${target.label}; ${rotate}set ${envName} in the environment, not in code.`;
  if (target?.kind === 'fallback') {
    return `Factor III: hardcoded ${what} as the fallback of ${target.label}; ${rotate}remove the fallback and set ${envName} in the environment.`;
  }
  const where = target?.kind === 'api' ? ` passed to ${target.label}` : target && (target.credential || literal.isToken) ? ` in "${shorten(target.label)}"` : '';
  return `Factor III: hardcoded ${what}${where}; ${rotate}read it from the environment (${envFetch(envName)}).`;
}

/** A token inside a longer string (`"Bearer ghp_…"`, a heredoc): report the token only; no in-place fix. */
export function embeddedTokenReport(span: Span, secret: string, format: string, envName: string): Report {
  return { span, secret, message: `Factor III: hardcoded ${format} inside a string; rotate it and read it from the environment (${envFetch(envName)}).` };
}

export interface RubyUrl {
  passwordSpan: Span;
  password: string;
  scheme: string;
  /** Set when the URL is the whole literal: the fix moves the whole URL. */
  whole?: { span: Span; value: string };
  target?: Target;
  envName: string;
}

/** A password inside a URL: report the password; the fix (when the URL is the whole literal) moves the URL. */
export function urlPasswordReport(url: RubyUrl): Report {
  const fix = url.whole ? moveToEnv(url.whole.span, url.whole.value, url.envName, url.target) : undefined;
  const kind = /^https?$/.test(url.scheme) ? `an ${url.scheme} URL (basic auth)` : `${/^[aeiou]/i.test(url.scheme) ? 'an' : 'a'} ${url.scheme} connection URL`;
  const action =
    url.target?.kind === 'fallback'
      ? `remove the fallback and set ${url.envName} in the environment`
      : `read the whole URL from the environment (${envFetch(url.envName)})`;
  return { span: url.passwordSpan, secret: url.password, message: `Factor III: password in ${kind}; ${action}.`, ...(fix ? { fix } : {}) };
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

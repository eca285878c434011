// The shared report builders of hardcoded-credential, for every language: a message names what
// was found and where, never the value, and spells the advice's env read as the file's language
// does (the catalogue's `envRead`).
import type { EnvReadSpelling } from '../../languages/catalogue';
import { isChosenPhrase, isFirstTriedPassword } from '../../secrets';
import type { MoveToEnvFix, Report, Span } from '../../types';
import type { Target } from './target';

export interface LiteralFinding {
  /** The literal including its quotes. */
  span: Span;
  /** The literal's value (what the fix writes to .env). */
  value: string;
  /** "password", "Stripe secret key", ... */
  what: string;
  /** A known token format: a real, live key, so the message also says to rotate it. */
  isToken: boolean;
  target?: Target;
  /** Env name when the target names none: the token format's own (GITHUB_TOKEN). */
  defaultEnvName: string;
}

/** A whole literal is the secret: report the literal, fix by moving it to the environment. */
export function wholeLiteralReport(finding: LiteralFinding, envRead: EnvReadSpelling): Report {
  const { target } = finding;
  // A weak name (`auth`, `token`) says less than a token format does: `auth: 'ghp_…'` is GITHUB_TOKEN.
  const named = target?.credential?.strength === 'strong' || (target !== undefined && target.kind !== 'name');
  const envName = target && named ? target.envName : finding.defaultEnvName;
  const fix = moveToEnv(finding.span, finding.value, envName, target);
  const report = { span: finding.span, message: wholeLiteralMessage(finding, envName, envRead), secret: finding.value, ...(target?.name !== undefined ? { name: target.name } : {}), ...fixOrReason(fix, target) };
  return !finding.isToken && isSeedPassword(finding.value, target) ? asSeedPassword(report) : report;
}

/**
 * A password hasher's input: `bcrypt.hash`, `Hash::make`, `make_password`, `user.set_password`,
 * `BCrypt::Password.create`, `passwordEncoder.encode`, or an app's own `utils.HashingPassword` (a call named so).
 * Not a signer or a cipher (`jwt.sign`, `hash_hmac`, `keyring.set_password`), whose literal is the key itself.
 */
const HASHER_API = /hash|bcrypt|argon2|scrypt|pbkdf2|password\.create$|\.encode$|make_password|set_password/i;
const HASHER_CALL_NAME = /hash\w*password|password\w*hash|(?:encode|encrypt)\w*password/i;
const NOT_A_HASHER = /hmac|jwt|sign|cipher|keyring|codec|base64/i;

/**
 * `bcrypt.hash('admin')`, `Hash::make('secret')`, `utils.HashingPassword("admin")`: a chosen word (or one of the
 * first passwords anybody tries) handed to a password hasher is a seeded or default account's first password, which
 * the app stores only as a hash and its users change: seed data, so information, and "read ADMIN_PASSWORD from the
 * environment" is not the fix it needs. A random-looking value hashed there is somebody's real password and stays.
 */
export function isSeedPassword(value: string, target: Target | undefined): boolean {
  if (!target || NOT_A_HASHER.test(target.label)) return false;
  const hasher = target.kind === 'api' ? HASHER_API.test(target.label) : target.kind === 'name' && HASHER_CALL_NAME.test(target.label);
  return hasher && (isChosenPhrase(value.trim()) || isFirstTriedPassword(value.trim()));
}

/** Information with its note, once: a language's verdict on the value (a stub left in a sink) does not raise it again. */
export function asSeedPassword(report: Report): Report {
  return report.message.endsWith(SEED_PASSWORD_NOTE) ? { ...report, severity: 'info' } : { ...report, severity: 'info', message: report.message + SEED_PASSWORD_NOTE };
}

const SEED_PASSWORD_NOTE =
  ' It is a chosen word handed to a password hasher: the first password of a seeded or default account, stored only as its hash, so reported as information.';

function wholeLiteralMessage(finding: LiteralFinding, envName: string, envRead: EnvReadSpelling): string {
  const { target, what } = finding;
  const rotate = finding.isToken ? 'rotate it and ' : '';
  if (target?.envWrite) {
    return `Factor III: hardcoded ${what} written to ${target.label}; ${rotate}set ${envName} in the environment, not in code.`;
  }
  if (target?.kind === 'fallback') {
    return `Factor III: hardcoded ${what} as the fallback of ${target.label}; ${rotate}remove the fallback and set ${envName} in the environment.`;
  }
  const where = target?.kind === 'api' ? ` passed to ${target.label}` : target && (target.credential || finding.isToken) ? ` in "${shorten(target.label)}"` : '';
  return `Factor III: hardcoded ${what}${where}; ${rotate}read it from the environment (${envRead(envName)}).`;
}

/** A token inside a longer string (`'Bearer ghp_…'`): report the token; no in-place fix would keep the code working. */
export function embeddedTokenReport(span: Span, secret: string, format: string, envName: string, envRead: EnvReadSpelling): Report {
  return {
    span,
    secret,
    message: `Factor III: hardcoded ${format} inside a string; rotate it and read it from the environment (${envRead(envName)}).`,
  };
}

/** What a URL holding a password is called: `an https URL (basic auth)`, `a postgres connection URL`. */
function urlKind(scheme: string): string {
  return /^https?$/.test(scheme) ? `an ${scheme} URL (basic auth)` : `${article(scheme)} ${scheme} connection URL`;
}

/** A commented-out line is committed as code is; no environment read fixes it, deleting and rotating does. */
const COMMENTED_OUT = 'in a commented-out line; a comment is committed as code is: delete it and';

/** A known token format in a whole-line comment (commented-secrets.ts). */
export function commentedTokenReport(span: Span, secret: string, format: string): Report {
  return { span, secret, message: `Factor III: ${format} ${COMMENTED_OUT} rotate the key.` };
}

/** A URL's password in a whole-line comment (commented-secrets.ts). */
export function commentedUrlPasswordReport(span: Span, password: string, scheme: string): Report {
  return { span, secret: password, message: `Factor III: password in ${urlKind(scheme)} ${COMMENTED_OUT} change the password.` };
}

export interface UrlFinding {
  passwordSpan: Span;
  password: string;
  scheme: string;
  /** Set when the URL is the whole literal: the fix moves the whole URL. */
  whole?: { span: Span; value: string };
  target?: Target;
  envName: string;
}

/** A password inside a URL: report the password only; the fix (when the URL is the whole literal) moves the whole URL. */
export function urlPasswordReport(finding: UrlFinding, envRead: EnvReadSpelling): Report {
  const fix = finding.whole ? moveToEnv(finding.whole.span, finding.whole.value, finding.envName, finding.target) : undefined;
  const kind = urlKind(finding.scheme);
  const action =
    finding.target?.kind === 'fallback'
      ? `remove the fallback and set ${finding.envName} in the environment`
      : `read the whole URL from the environment (${envRead(finding.envName)})`;
  return {
    span: finding.passwordSpan,
    secret: finding.password,
    message: `Factor III: password in ${kind}; ${action}.`,
    ...fixOrReason(fix, finding.target),
  };
}

/** The move-to-env fix for a value at `span`: a fallback moves the whole fallback expression and keeps its variable. */
export function moveToEnv(span: Span, value: string, envName: string, target: Target | undefined): MoveToEnvFix | undefined {
  if (target?.noFix) return undefined;
  if (target?.kind === 'fallback' && target.existingEnvName !== undefined) {
    return { kind: 'move-to-env', span: target.fixSpan ?? span, envName: target.existingEnvName, value, existingEnvName: target.existingEnvName };
  }
  return { kind: 'move-to-env', span, envName, value };
}

/** The fix, or when the target forbids one, the reason why. */
export function fixOrReason(fix: MoveToEnvFix | undefined, target: Target | undefined): Pick<Report, 'fix' | 'noFixReason'> {
  if (fix) return { fix };
  return target?.noFixReason ? { noFixReason: target.noFixReason } : {};
}

/** `a` or `an` before a word, by its first letter: an AWS access key ID, a GitHub token. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function shorten(label: string): string {
  return label.length <= 60 ? label : `…${label.slice(-59)}`;
}

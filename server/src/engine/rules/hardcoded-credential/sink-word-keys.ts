// A signing key that reads like a word: passport-jwt's `secretOrKey: 'Bearer'` (the header's scheme typed where the
// key goes), `jwt.sign(payload, 'aaaa')`, `JWT::encode($p, 'HS256', …)` with its arguments swapped. The value
// judgement (isSecretLikeValue) reads such a literal as a placeholder or a label, which it is anywhere else; handed
// to the API that signs with the app's own key it is that key, and whoever reads it can sign (held-out batch cred24).
import { isPlaceholder, splitWords, type CredentialName } from '../../secrets';
import type { FileScope } from '../../scope';
import type { Report } from '../../types';
import { withNote } from '../../sentences';
import type { Target } from './target';

/** One word or token of letters and digits (`Bearer`, `HS256`, `hello`), or one character typed four times or more (`aaaa`). */
const WORD_KEY = /^[A-Za-z][A-Za-z0-9]{2,31}$|^([A-Za-z0-9])\1{3,63}$/;

/** Words that say there is no key, which a signer refuses (or a typed language would not let through) at first use. */
const NO_KEY_WORDS = new Set(['null', 'nil', 'none', 'undefined', 'true', 'false', 'empty', 'unset', 'missing', 'required', 'string', 'str', 'bytes']);

/** An authorization scheme, or a filler of one character: under a signing secret's name these are the key as written. */
const SCHEME_WORDS = new Set(['bearer', 'token', 'basic', 'jwt', 'digest', 'authorization']);
const REPEATED = /^([A-Za-z0-9])\1{3,63}$/;
/**
 * Three letters or digits, below the value judgement's four-character floor, that are no lowercase word: Flask's
 * `SECRET_KEY="dev"` is the tutorial's stand-in (left to the placeholder rules), `'XNB'` a key someone chose.
 */
const SHORT_KEY = /^(?![A-Z]?[a-z]+$|\d+$)[A-Za-z0-9]{3}$/;
/**
 * A number (`233`, go-gin-example's `JwtSecret` that many clones sign with, probe25c 2; `cookieParser('01234567')`,
 * probe25c 4): the value judgement reads three digits as a count and a counting run as a placeholder, but where only
 * the signing key goes it is the key, as a word is.
 */
const DIGITS = /^\d{1,64}$/;

/**
 * Whether a literal that the value judgement passed over is the signing key anyway: passed as the key argument of an
 * API that signs with the app's own key (`ownSigningKey`, known by the target's env name), or, under a name that holds
 * nothing but a signing secret (`secretOrKey`, `jwtSecret`), an authorization scheme or one character repeated (a name
 * also holds a schema's type or a label, so only these). The app's own code only: a test's key is its fixture.
 */
export function isWordKeyInSink(value: string, target: Target, credential: CredentialName, scope: FileScope, ownSigningKey: boolean, onlySigningSecretName: boolean): boolean {
  if (scope !== 'app' || target.comparison === true || target.localConfig === true || credential.noun.includes('password')) return false;
  const trimmed = value.trim();
  if (DIGITS.test(trimmed)) return target.kind === 'api' ? target.viaKeyword !== true && ownSigningKey : target.kind === 'name' && onlySigningSecretName;
  if (!WORD_KEY.test(trimmed) || NO_KEY_WORDS.has(trimmed.toLowerCase())) return false;
  if (target.kind === 'api') return target.viaKeyword !== true && ownSigningKey;
  if (target.kind !== 'name' || !onlySigningSecretName) return false;
  // `SECRET_KEY = 'SECRET_KEY'` restates a name; `jwtSecret: 'Bearer'` does not. Three characters (Slim's `'jwt' => ['key' =>
  // 'XNB']`, probe29) fall short of the value judgement's floor, which is for names that hold other things too; here it is the key.
  return SCHEME_WORDS.has(trimmed.toLowerCase()) || REPEATED.test(trimmed) || SHORT_KEY.test(trimmed) ? !restates(trimmed, target) : false;
}

/** What a prefilter must let through under a credential's name: a scheme word or a filler that may be the key itself. */
export function mayBeWordKey(value: string): boolean {
  const trimmed = value.trim();
  return SCHEME_WORDS.has(trimmed.toLowerCase()) || REPEATED.test(trimmed) || SHORT_KEY.test(trimmed) || DIGITS.test(trimmed);
}

/**
 * In a config file the app's own code loads (`[app] JwtSecret = 233` in go-ini's `conf/app.ini`, `jwt: { secret: "417" }`),
 * under a name that holds nothing but a signing secret: a number is that key, as it is in code. Not a counting run
 * (`SIGNING_KEY=123456789`), a template's placeholder in a file a deploy may replace; not in config only development
 * loads, nor outside the app (the caller's scope).
 */
export function isShortDigitSigningKey(value: string, onlySigningSecretName: boolean): boolean {
  return onlySigningSecretName && DIGITS.test(value.trim()) && !isPlaceholder(value);
}

function restates(value: string, target: Target): boolean {
  const name = (target.name ?? target.label).split('.').pop() ?? '';
  return splitWords(value).join(' ') === splitWords(name).join(' ');
}

/** An error: nothing fills in an argument or a setting the code holds, so the word is the only key the app has. */
export function wordKeyReport(report: Report): Report {
  const note = ' It is a word, a number or one repeated character, not a generated key, and it is the only key the app signs with: whoever reads it can sign.';
  return { ...report, severity: 'error', message: withNote(report.message, note) };
}

// What a literal compared with a name is: `password == "…"`, `"…".equals(auth.getSecret())`,
// `subtle.ConstantTimeCompare([]byte(pass), []byte("…"))`. The compared name says what the literal
// is, as an assignment's would; a plain word there is a state (`'reset'`), which the value check knows.
import type { CredentialName } from '../../secrets';
import { nameTarget, type Target } from './target';

/**
 * Lone words that name nothing in a declaration (`pass` in `firstPass`, a map's `key`) but do in a
 * comparison: a string compared with `pass` is a password check, one compared with `key` an API key
 * check when it looks random (weak: `key == "Content-Type"` stays silent).
 */
const LONE_NAMES: Readonly<Record<string, CredentialName>> = {
  pass: { noun: 'password', strength: 'strong' },
  pw: { noun: 'password', strength: 'strong' },
  key: { noun: 'key', strength: 'weak' },
};

export function comparedNameTarget(segments: readonly string[]): Target {
  const target = nameTarget(segments);
  const last = (segments[segments.length - 1] ?? '').toLowerCase();
  const credential = target.credential ?? (Object.hasOwn(LONE_NAMES, last) ? LONE_NAMES[last] : undefined);
  return { ...target, ...(credential ? { credential } : {}), comparison: true };
}

/**
 * Calls that compare their two arguments: Go's constant-time compares and `bytes.Equal`, Java's
 * `Objects.equals` and `MessageDigest.isEqual`. Keyed by the callee as each language resolves it.
 */
export const GO_EQUALITY_CALLS = new Set(['crypto/subtle.ConstantTimeCompare', 'crypto/hmac.Equal', 'bytes.Equal', 'strings.EqualFold']);
export const JVM_EQUALITY_CALLS = new Set(['Objects.equals', 'MessageDigest.isEqual', 'Arrays.equals', 'StringUtils.equals', 'StringUtils.equalsIgnoreCase', 'Strings.CS.equals']);
/** Ruby's constant-time compares, by method name on any receiver: `ActiveSupport::SecurityUtils.secure_compare`, Rack's. */
export const RUBY_EQUALITY_METHODS = new Set(['secure_compare', 'fixed_length_secure_compare']);
export const PYTHON_EQUALITY_CALLS = new Set(['hmac.compare_digest', 'secrets.compare_digest']);
/** JS/TS: Node's `crypto.timingSafeEqual`, tsscmp, express-basic-auth's `safeCompare`, by the callee's last name. */
export const JS_EQUALITY_CALLS = new Set(['timingSafeEqual', 'tsscmp', 'safeCompare', 'secureCompare']);

/**
 * Methods that read a value by a literal key: `self.get_argument('password')` (Tornado),
 * `request.headers.get('X-Api-Key')`, `req.header('x-api-key')` (Express), `params.fetch(:token)`.
 * A literal compared with such a read is what that key must hold, as with `request.form['password']`.
 */
export const KEYED_READ_METHODS = new Set(['get', 'fetch', 'header', 'getHeader', 'get_header', 'get_argument', 'get_query_argument', 'get_body_argument', 'param']);

/** The name on the other side of a two-argument compare call, or undefined when the literal is not one side. */
export function otherSide<T>(args: readonly T[], index: number): T | undefined {
  return args.length === 2 && (index === 0 || index === 1) ? args[1 - index] : undefined;
}

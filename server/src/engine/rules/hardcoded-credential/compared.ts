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

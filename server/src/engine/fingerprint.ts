import { createHash, createHmac } from 'node:crypto';

// A keyed hash: a fingerprint must not let anyone confirm a guessed secret by hashing it.
// The key is fixed so fingerprints stay stable across runs and machines (SARIF needs that),
// and the secret itself is masked out of the hashed text before hashing anyway.
const KEY = 'twelve-factor-lint/fingerprint/v1';

/**
 * Identifies a finding by what it is, not where it is: rule, file, and the text of the
 * finding's first line (with the secret's part masked, when it is about a secret, and
 * whitespace folded), plus which occurrence of that same text it is. Moving unrelated
 * lines does not change it.
 */
export function fingerprint(ruleId: string, path: string, lineText: string, occurrence: number): string {
  const normalized = lineText.replace(/\s+/g, ' ').trim();
  return createHmac('sha256', KEY).update(`${ruleId}\n${path}\n${normalized}\n${occurrence}`).digest('hex').slice(0, 32);
}

/** The line from `from`, with [maskFrom, maskTo) replaced by a marker, `after` characters past it. */
export function maskedWindow(lineText: string, from: number, maskFrom: number, maskTo: number, after: number): string {
  return `${lineText.slice(from, maskFrom)}\u0000MASKED\u0000${lineText.slice(maskTo, maskTo + after)}`;
}

/**
 * Names a secret value for comparisons in memory (baseline, history, "already committed").
 * A plain hash is guessable, so it never leaves the process: anything written derives a salted,
 * slow key from it (server/src/baseline/key.ts).
 */
export function secretDigest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

import { createHash, createHmac } from 'node:crypto';

// The key is fixed so fingerprints stay stable across runs and machines (SARIF needs that), so
// it is public and the hash alone protects nothing: what is hashed must hold no value. A secret
// is masked out (maskedWindow), and every other finding's text has its values left out
// (withoutValues): a `.env` line `DB_PASSWORD=sunshine42` that no rule recognised as a secret
// must not be recoverable from its fingerprint by guessing.
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

/**
 * The text with everything that can hold a value left out: quoted strings, whatever follows an
 * `=` or `:` up to the next separator, and digit-bearing tokens. Names and structure remain, so
 * the identity still tells findings apart and survives unrelated edits.
 */
export function withoutValues(text: string): string {
  return text
    .replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1?/g, '\u0000S\u0000')
    .replace(/([=:]\s*)[^\s,;)}\]]+/g, '$1\u0000V\u0000')
    // Whole tokens, each matched once (`\S*\d\S*` would rescan a long token from every start).
    .replace(/\S+/g, (token) => (/\d/.test(token) ? '\u0000D\u0000' : token));
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

// THE matching key of a baseline entry: the one module that decides when a finding is "the same"
// as one accepted earlier. It is not the SARIF fingerprint (engine/fingerprint.ts), which must
// not depend on a secret at all; this key must, so that a changed secret is a new finding.
//
// - A finding about a secret is keyed by rule, file and the secret's value, so moving the code,
//   adding lines above, renaming the variable or reformatting keep the match, and a new value
//   breaks it. The value enters only through scrypt with a salt kept in the baseline file: a
//   guessed password costs one scrypt per guess, per baseline, not a table lookup.
// - Any other finding is keyed by rule, file and its rank among that rule's findings in the
//   file (ESLint's bulk-suppression model): its code can quote values, so none of it is hashed.
// Same identity twice in a file (one secret used twice): the occurrence rank tells them apart.
import { createHmac, randomBytes, scrypt } from 'node:crypto';
import type { Finding } from '../engine/types';

/** The scrypt paper's interactive parameters: 16 MiB and about 30 ms per distinct secret. */
const SCRYPT_OPTIONS = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const VALUE_TAG_BYTES = 16;
const FINGERPRINT_HEX = 32;
/** Bounds the per-process cache of value tags (one entry per distinct salt and secret). */
const MAX_CACHED_TAGS = 4096;

export const SALT_PATTERN = /^[0-9a-f]{32}$/;

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

/** What the key reads of a finding: nothing else about it matters. */
export type KeyedFinding = Pick<Finding, 'ruleId' | 'secretDigest'>;

/** Computes baseline fingerprints under one salt; caches the slow part per secret. */
export class BaselineKeys {
  private readonly valueTags = new Map<string, Promise<string>>();

  constructor(readonly salt: string) {
    if (!SALT_PATTERN.test(salt)) throw new Error('a baseline salt is 32 lowercase hex digits');
  }

  /**
   * The fingerprints of one file's findings, in the order given (findings in position order,
   * as scan() returns them). `file` is the path relative to the baseline's folder.
   */
  async fingerprints(file: string, findings: readonly KeyedFinding[]): Promise<string[]> {
    const identities = await Promise.all(findings.map((finding) => this.identity(finding)));
    const ranks = new Map<string, number>();
    return findings.map((finding, index) => {
      const identity = `${finding.ruleId}\n${identities[index]!}`;
      const rank = ranks.get(identity) ?? 0;
      ranks.set(identity, rank + 1);
      return createHmac('sha256', this.salt)
        .update(`twelve-factor-baseline/v1\n${file}\n${identity}\n${rank}`)
        .digest('hex')
        .slice(0, FINGERPRINT_HEX);
    });
  }

  private identity(finding: KeyedFinding): Promise<string> {
    return finding.secretDigest === undefined ? Promise.resolve('finding') : this.valueTag(finding.secretDigest).then((tag) => `value ${tag}`);
  }

  private valueTag(digest: string): Promise<string> {
    let tag = this.valueTags.get(digest);
    if (!tag) {
      if (this.valueTags.size >= MAX_CACHED_TAGS) this.valueTags.clear();
      tag = slowHash(digest, this.salt);
      this.valueTags.set(digest, tag);
    }
    return tag;
  }
}

function slowHash(digest: string, salt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(digest, `twelve-factor-baseline/${salt}`, VALUE_TAG_BYTES, SCRYPT_OPTIONS, (error, key) =>
      error ? reject(error) : resolve(key.toString('hex')),
    );
  });
}

import { TOKEN_FORMATS, type TokenFormat } from './tokenFormats';

/** A known token format found inside a string. Offsets are relative to the searched string. */
export interface TokenMatch {
  /** Human name of the format, e.g. "AWS access key ID"; safe to show. */
  format: string;
  /** Stable id of the format, e.g. "aws-access-key-id". */
  id: string;
  /** Conventional environment variable for it, e.g. "AWS_ACCESS_KEY_ID". */
  envName: string;
  start: number;
  end: number;
}

/** The shortest format (an AWS access key ID) has 20 characters: shorter strings are skipped outright. */
const MIN_TOKEN_LENGTH = 20;

/**
 * Whether `findTokens` could find anything in some part of `text` (a string literal's contents):
 * every format's pattern is bounded by characters a quote is not, so a match inside a literal is
 * a match of the whole text too (or overlaps an earlier one). Validation is left to the check.
 */
export function mayHoldToken(text: string, lowered: string, formats: readonly TokenFormat[] = TOKEN_FORMATS): boolean {
  return formats.some((format) => {
    if (!format.keywords.some((keyword) => lowered.includes(keyword))) return false;
    if (format.find) return true;
    return format.pattern !== undefined && text.search(format.pattern) >= 0;
  });
}

/** Known token formats (AWS, GitHub, Stripe, PEM private keys, JWTs, ...) found in `text`, in order, never overlapping. */
export function findTokens(text: string, formats: readonly TokenFormat[] = TOKEN_FORMATS): TokenMatch[] {
  if (text.length < MIN_TOKEN_LENGTH) return [];
  const lowered = text.toLowerCase();
  const matches: TokenMatch[] = [];
  for (const format of formats) {
    if (!format.keywords.some((keyword) => lowered.includes(keyword))) continue;
    for (const { start, end } of rangesOf(format, text)) {
      const secret = text.slice(start, end);
      if (format.validate && !format.validate(secret)) continue;
      // A key block and a seed phrase hold words like `example` by chance; their own checks judge them.
      if (format.id !== 'private-key' && format.id !== 'bip39-mnemonic' && looksDummy(secret)) continue;
      matches.push({ format: format.name, id: format.id, envName: format.envName, start, end });
    }
  }
  return withoutOverlaps(matches);
}

function rangesOf(format: TokenFormat, text: string): { start: number; end: number }[] {
  if (format.find) return format.find(text);
  const pattern = format.pattern;
  if (!pattern) return [];
  // matchAll works on a copy of the regex, so the shared pattern keeps no state between calls.
  return Array.from(text.matchAll(pattern), (match) => {
    const group = match.indices?.[1];
    return group ? { start: group[0], end: group[1] } : { start: match.index, end: match.index + match[0].length };
  });
}

/** `ghp_xxxx…`, `sk_live_0000…`, `AKIA…EXAMPLE`: the shape of a token, but a documented dummy. */
export function looksDummy(secret: string): boolean {
  const lowered = secret.toLowerCase();
  if (/example|placeholder|dummy|xxxxx|00000000|12345678|abcdefgh/.test(lowered)) return true;
  return new Set(secret.replace(/^[a-z]{2,6}[_-]/i, '')).size < 6;
}

/** Earliest first, longest first at the same start; a match inside an earlier one is dropped. */
function withoutOverlaps(matches: TokenMatch[]): TokenMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TokenMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

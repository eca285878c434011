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
/** Save Alibaba's legacy AccessKey ID, `LTAI` and 12 more (16 in all): a shorter string is tried only when it holds `LTAI`. */
const MIN_LEGACY_ALIBABA_ID_LENGTH = 16;

/** Whether `text` is too short for findTokens to find any format in (it returns nothing for it). */
export function tooShortForAnyFormat(text: string): boolean {
  return text.length < MIN_TOKEN_LENGTH && (text.length < MIN_LEGACY_ALIBABA_ID_LENGTH || !text.includes('LTAI'));
}

/**
 * Whether `findTokens` could find anything in some part of `text` (a string literal's contents):
 * every format's pattern is bounded by characters a quote is not, so a match inside a literal is
 * a match of the whole text too (or overlaps an earlier one). A format that validates its matches
 * (a JWT's header, a seed phrase's words) counts only with a match that passes (hasMatch).
 * `test` answers a whole-text regex test (quickTestOf's): a prefilter passes one that keeps each
 * answer for the file, since the checks' `patterns` ask the same regexes of the same text.
 */
export function mayHoldToken(text: string, lowered: string, formats: readonly TokenFormat[] = TOKEN_FORMATS, test: (regex: RegExp) => boolean = (regex) => regex.test(text)): boolean {
  const index = keywordIndex(formats);
  const tried = new Set<TokenFormat>();
  const found = (format: TokenFormat) => format.find !== undefined || (format.pattern !== undefined && hasMatch(format, format.pattern, text, test));
  // A format announced by a keyword found everywhere (a space, `sk`) is tried without the index.
  for (const format of index.everywhere) {
    tried.add(format);
    if (found(format)) return true;
  }
  // One pass over the file for every keyword; a match steps one character on, so keywords that
  // overlap (`sk-ant-` inside `sk-`) are all seen. The index's own regex: nothing here re-enters it.
  const keywords = index.keywords;
  keywords.lastIndex = 0;
  for (let hit = keywords.exec(lowered); hit; keywords.lastIndex = hit.index + 1, hit = keywords.exec(lowered)) {
    for (const keyword of index.alsoPresent.get(hit[0]) ?? [hit[0]]) {
      for (const format of index.formats.get(keyword) ?? []) {
        if (tried.has(format)) continue;
        tried.add(format);
        if (found(format)) return true;
      }
    }
    if (tried.size === formats.length) return false;
  }
  return false;
}

const quickTests = new WeakMap<TokenFormat, RegExp>();

/**
 * The one whole-text test a format's match implies: its `quick` regex, else its pattern without the
 * global flag (so `test` keeps no state). One object per format, so a per-file answer kept under it
 * (oncePerFile) serves the token test and the checks' `patterns` alike.
 */
export function quickTestOf(format: TokenFormat, pattern: RegExp): RegExp {
  let quick = format.quick ?? quickTests.get(format);
  if (!quick) quickTests.set(format, (quick = new RegExp(pattern.source, pattern.flags.replace('g', ''))));
  return quick;
}

/**
 * A match of the format's pattern in `text` that its validation accepts: a run of twelve lowercase
 * words is in most files' comments, a run of BIP-39 words almost never. The match inside a literal
 * is the same run as in the whole text (the patterns stop at quotes), so it is judged alike.
 */
function hasMatch(format: TokenFormat, pattern: RegExp, text: string, test: (regex: RegExp) => boolean): boolean {
  if (format.quick) {
    if (!test(format.quick)) return false;
  } else if (!format.validate) return test(quickTestOf(format, pattern));
  if (!format.validate) return text.search(pattern) >= 0;
  for (const match of text.matchAll(pattern)) {
    const { start, end } = rangeOf(match);
    if (format.validate(text.slice(start, end))) return true;
  }
  return false;
}

interface KeywordIndex {
  /** Formats with a keyword shorter than three characters. */
  everywhere: readonly TokenFormat[];
  /** Every other keyword, longest first, as one global alternation. */
  keywords: RegExp;
  formats: ReadonlyMap<string, readonly TokenFormat[]>;
  /** A keyword and those that start it (`sk` in `sk_live_`): a match of the longer one is a match of each. */
  alsoPresent: ReadonlyMap<string, readonly string[]>;
}

const keywordIndexes = new WeakMap<readonly TokenFormat[], KeywordIndex>();

function keywordIndex(formats: readonly TokenFormat[]): KeywordIndex {
  let index = keywordIndexes.get(formats);
  if (index) return index;
  const everywhere = formats.filter((format) => format.keywords.some((keyword) => keyword.length < 3));
  const byKeyword = new Map<string, TokenFormat[]>();
  for (const format of formats) {
    if (everywhere.includes(format)) continue;
    for (const keyword of format.keywords) byKeyword.set(keyword, [...(byKeyword.get(keyword) ?? []), format]);
  }
  const all = [...byKeyword.keys()].sort((a, b) => b.length - a.length);
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alsoPresent = new Map(all.map((keyword) => [keyword, all.filter((other) => keyword.startsWith(other))]));
  index = { everywhere, keywords: new RegExp(all.map(escape).join('|'), 'g'), formats: byKeyword, alsoPresent };
  keywordIndexes.set(formats, index);
  return index;
}

/** Known token formats (AWS, GitHub, Stripe, PEM private keys, JWTs, ...) found in `text`, in order, never overlapping. */
export function findTokens(text: string, formats: readonly TokenFormat[] = TOKEN_FORMATS): TokenMatch[] {
  if (tooShortForAnyFormat(text)) return [];
  const lowered = text.toLowerCase();
  const matches: TokenMatch[] = [];
  for (const format of formats) {
    if (!format.keywords.some((keyword) => lowered.includes(keyword)) || format.quick?.test(text) === false) continue;
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
  return Array.from(text.matchAll(pattern), rangeOf);
}

/** The secret of a match: its group 1 where the pattern has one (flag `d`), else the whole match. */
function rangeOf(match: RegExpMatchArray): { start: number; end: number } {
  const group = match.indices?.[1];
  return group ? { start: group[0], end: group[1] } : { start: match.index!, end: match.index! + match[0].length };
}

/** `ghp_xxxx…`, `sk_live_0000…`, `AKIA…EXAMPLE`: the shape of a token, but a documented dummy. */
export function looksDummy(secret: string): boolean {
  const lowered = secret.toLowerCase();
  if (/example|placeholder|dummy|xxxxx|00000000|12345678|abcdefgh|not[-_]?a[-_]?real/.test(lowered)) return true;
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

// The prefilter of `history`: which added lines can hold a credential at all. Only those (and the
// line after each, where a value often continues) reach a parser. A line qualifies when it holds
// one of the credential checks' keywords and a value: in code a quoted run of at least four
// characters (shorter values are never reported), in config a `=` or `:` with something after it.
// Both tests are single passes over the line; the keyword test looks at each position once.
import { languageOf } from '../engine/languages/detect';
import { isSecretLikeValue } from '../engine/secrets';
import type { LanguageId } from '../engine/types';
import type { Hunk } from './logParser';

const CODE: ReadonlySet<LanguageId> = new Set(['javascript', 'typescript', 'python', 'go', 'java', 'kotlin', 'ruby', 'php']);
/** A private key's body follows its BEGIN line; this many lines are kept after it at most. */
const MAX_PEM_LINES = 100;

/**
 * Finds any of many keywords in one pass (candidates are looked up by their first two characters),
 * or else a match of the checks' prefilter patterns (LanguageCheck.patterns: formats no word
 * announces, such as a seed phrase), as the scan's own prefilter does.
 */
export class KeywordMatcher {
  private readonly byPair = new Map<number, string[]>();
  private readonly pairs = new Uint8Array(1 << 16);

  constructor(keywords: readonly string[], private readonly patterns: readonly RegExp[] = []) {
    for (const keyword of new Set(keywords.map((word) => word.toLowerCase()))) {
      if (keyword.length < 2) throw new Error(`a prefilter keyword needs two characters: '${keyword}'`);
      const pair = pairOf(keyword.charCodeAt(0), keyword.charCodeAt(1));
      this.pairs[pairSlot(pair)] = 1;
      this.byPair.set(pair, [...(this.byPair.get(pair) ?? []), keyword]);
    }
  }

  test(line: string): boolean {
    let previous = fold(line.charCodeAt(0));
    for (let index = 1; index < line.length; index++) {
      const current = fold(line.charCodeAt(index));
      const pair = pairOf(previous, current);
      previous = current;
      if (this.pairs[pairSlot(pair)] === 0) continue;
      for (const keyword of this.byPair.get(pair) ?? []) if (matchesAt(line, index - 1, keyword)) return true;
    }
    return this.patterns.some((pattern) => pattern.test(line));
  }
}

function pairOf(first: number, second: number): number {
  return first * 65536 + second;
}

/** A slot in the table of pairs: the low bytes of both characters (keywords are ASCII). */
function pairSlot(pair: number): number {
  return ((pair >>> 8) & 0xff00) | (pair & 0xff);
}

/** ASCII letters to lower case; everything else as is. */
function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function matchesAt(line: string, start: number, keyword: string): boolean {
  if (start + keyword.length > line.length) return false;
  for (let offset = 2; offset < keyword.length; offset++) {
    if (fold(line.charCodeAt(start + offset)) !== keyword.charCodeAt(offset)) return false;
  }
  return true;
}

/**
 * Whether a line holds something a credential check could report as a value. In code: a quoted
 * string the secrets vocabulary finds secret-like (not a sentence, path, placeholder, ...), or one
 * holding a URL with a password, or a string left open at the end of the line. In config: `=` or
 * `:` with a value after it.
 */
function hasValue(line: string, code: boolean): boolean {
  if (!code) return /[=:]\s*\S/.test(line);
  QUOTED.lastIndex = 0;
  for (let match = QUOTED.exec(line); match; match = QUOTED.exec(line)) {
    const value = match[0].slice(1, -1);
    if (isSecretLikeValue(value) || /:\/\/[^\s/@:]*:[^\s/@]+@/.test(value)) return true;
  }
  return /['"`][^'"`]{4,}$/.test(line);
}

/** Quoted strings on one line, escapes included. */
const QUOTED = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g;

/**
 * The parts of a file's added hunks that can hold a credential; undefined when none can. Each
 * kept run of lines keeps its first line number, so findings map back to the file.
 */
export function selectCandidateLines(path: string, hunks: readonly Hunk[], keywords: KeywordMatcher): Hunk[] | undefined {
  const language = languageOf(path);
  if (!language) return undefined;
  const code = CODE.has(language);
  const selected: Hunk[] = [];
  for (const hunk of hunks) {
    const keep = new Uint8Array(hunk.lines.length);
    hunk.lines.forEach((line, index) => {
      if (!keywords.test(line)) return;
      const next = hunk.lines[index + 1];
      if (/-----begin/i.test(line)) keepBlock(hunk.lines, index, keep);
      else if (hasValue(line, code) || (next !== undefined && hasValue(next, code))) {
        keep[index] = 1;
        if (next !== undefined) keep[index + 1] = 1;
      }
    });
    selected.push(...runsOf(hunk, keep));
  }
  return selected.length > 0 ? selected : undefined;
}

/** A PEM block: its BEGIN line through its END line. */
function keepBlock(lines: readonly string[], begin: number, keep: Uint8Array): void {
  for (let index = begin; index < Math.min(lines.length, begin + MAX_PEM_LINES); index++) {
    keep[index] = 1;
    if (index > begin && /-----end/i.test(lines[index]!)) return;
  }
}

function runsOf(hunk: Hunk, keep: Uint8Array): Hunk[] {
  const runs: Hunk[] = [];
  let current: Hunk | undefined;
  hunk.lines.forEach((line, index) => {
    if (!keep[index]) {
      current = undefined;
      return;
    }
    if (!current) {
      current = { firstLine: hunk.firstLine + index, lines: [] };
      runs.push(current);
    }
    current.lines.push(line);
  });
  return runs;
}

// Whether a JS/TS file can hold a finding of the password-map check, read without parsing. Its
// keywords (`pass`, `pw`) are in most files; a finding also needs an object literal declared under
// a name (`const USERS = {`, `let USERS: Record<…> = Object.freeze({`) that the file looks up with
// a bracket (`USERS[name]`). Names are read as written, as the other prefilters read them.
import { isIdentifierPart, isSpace, skipSpaces } from '../../prefilter';
import { JS_EQUALITY_CALLS } from './compared';

/** Past this many names whose lookup may be compared with a password the answer is "may". */
const MAX_LOOKED_UP_NAMES = 64;

export function mayReport({ text }: { text: string }): boolean {
  const names = comparedLookupNames(text);
  if (names === 'many') return true;
  for (const name of names) if (mayDeclareObject(text, name)) return true;
  return false;
}

/**
 * Characters around a lookup within which its compare stands, with the password name compared
 * (`(USERS[u] as string) === pass`, `timingSafeEqual(Buffer.from(USERS[u]), Buffer.from(password))`).
 */
const COMPARE_REACH = 200;

const COMPARE_CALLS = [...JS_EQUALITY_CALLS];

/**
 * `pass` or `pw`, which every name namesPassword accepts holds (password, passwd, pwd, passphrase,
 * pass, pw), wherever it stands: the check's keywords, so a file that reaches this has one.
 */
const PASSWORD_WORD = /pass|pw/gi;

/**
 * The names looked up by a bracket (`USERS[name]`, not `this.users[`) where that lookup may be compared
 * with a password: near it, `==`, `!=` or a compare call, and a password word. Each lookup is tested on
 * its own, so a bundle that indexes thousands of arrays is not kept for the one `pass` in it.
 */
function comparedLookupNames(text: string): Set<string> | 'many' {
  const passwordWords = [...text.matchAll(PASSWORD_WORD)].map((match) => match.index);
  const names = new Set<string>();
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    const lookup = lookedUpName(text, open);
    if (lookup === undefined || names.has(lookup.name) || !mayBeCompared(text, lookup.start, open, passwordWords)) continue;
    names.add(lookup.name);
    if (names.size > MAX_LOOKED_UP_NAMES) return 'many';
  }
  return names;
}

/** The identifier right before the `[` at `open` (`USERS[`, `USERS [`), not a member (`this.users[`, `a?.b[`). */
function lookedUpName(text: string, open: number): { name: string; start: number } | undefined {
  let end = open;
  while (end > 0 && isSpace(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && isIdentifierPart(text[start - 1])) start--;
  if (start === end || text[start - 1] === '.' || /^\d/.test(text[start]!)) return undefined;
  return { name: text.slice(start, end), start };
}

function mayBeCompared(text: string, start: number, open: number, passwordWords: readonly number[]): boolean {
  const close = closingBracket(text, open);
  if (close < 0) return true;
  const from = Math.max(0, start - COMPARE_REACH);
  const to = close + COMPARE_REACH;
  if (!someBetween(passwordWords, from, to)) return false;
  const around = text.slice(from, to);
  return around.includes('==') || around.includes('!=') || COMPARE_CALLS.some((call) => around.includes(call));
}

/** Whether some of the ascending `positions` is in [from, to) (the window may cut a word: `pass` whole or not, as a slice of it read). */
function someBetween(positions: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < positions.length && positions[low]! + 2 <= to;
}

/** The `]` closing the `[` at `open` (brackets counted, nothing else read); -1 past 500 characters. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length && at < open + 500; at++) {
    if (text[at] === '[') depth++;
    else if (text[at] === ']' && --depth === 0) return at;
  }
  return -1;
}

/**
 * Whether `name` may be declared with an object literal: after `const`/`let`/`var` or a `,`
 * (`const a = 1, USERS = {`), then `= {`, with `(` and `Object.freeze(` allowed before the brace;
 * a type annotation (`USERS: Record<string, string>`) or a comment in the way keeps the file.
 */
function mayDeclareObject(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (isIdentifierPart(text[at - 1]) || isIdentifierPart(text[end])) continue;
    if (!followsDeclarationStart(text, at)) continue;
    let next = skipSpaces(text, end);
    if (text[next] === ':' || text[next] === '/' || text[next] === '!') return true;
    if (text[next] !== '=' || text[next + 1] === '=' || text[next + 1] === '>') continue;
    next = skipSpaces(text, next + 1);
    for (;;) {
      if (text[next] === '(') next = skipSpaces(text, next + 1);
      else if (text.startsWith('Object.freeze', next)) next = skipSpaces(text, next + 'Object.freeze'.length);
      else break;
    }
    if (text[next] === '{' || text[next] === '/') return true;
  }
  return false;
}

function followsDeclarationStart(text: string, at: number): boolean {
  let before = at;
  while (before > 0 && isSpace(text[before - 1]!)) before--;
  if (text[before - 1] === ',' || text.startsWith('*/', before - 2)) return true;
  let start = before;
  while (start > 0 && isIdentifierPart(text[start - 1])) start--;
  const word = text.slice(start, before);
  return word === 'const' || word === 'let' || word === 'var';
}

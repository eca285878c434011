// Whether a JS/TS file can hold a finding of the password-map check, read without parsing. Its
// keywords (`pass`, `pw`) are in most files; a finding also needs an object literal declared under
// a name (`const USERS = {`, `let USERS: Record<…> = Object.freeze({`) that the file looks up with
// a bracket (`USERS[name]`). Names are read as written, as the other prefilters read them.
import { isIdentifierPart, isSpace, skipSpaces } from '../../prefilter';
import { JS_EQUALITY_CALLS } from './compared';

/** Past this many names looked up by a bracket the answer is "may": a bundle indexes everything. */
const MAX_LOOKED_UP_NAMES = 64;

export function mayReport({ text }: { text: string }): boolean {
  const names = lookedUpNames(text);
  if (names === 'many') return true;
  for (const name of names) if (mayDeclareObject(text, name) && mayCompareLookup(text, name)) return true;
  return false;
}

/**
 * Characters around a lookup within which its compare stands, with the password name compared
 * (`(USERS[u] as string) === pass`, `timingSafeEqual(Buffer.from(USERS[u]), Buffer.from(password))`).
 */
const COMPARE_REACH = 200;

const COMPARE_CALLS = [...JS_EQUALITY_CALLS];

/**
 * Whether some `name[…]` may be compared with a password: near it, `==`, `!=` or a compare call, and
 * `pass` or `pw`, which every name namesPassword accepts holds (password, passwd, pwd, passphrase, pass, pw).
 */
function mayCompareLookup(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (isIdentifierPart(text[at - 1]) || isIdentifierPart(text[end])) continue;
    const open = skipSpaces(text, end);
    if (text[open] !== '[') continue;
    const close = closingBracket(text, open);
    if (close < 0) return true;
    const around = text.slice(Math.max(0, at - COMPARE_REACH), close + COMPARE_REACH);
    const compares = around.includes('==') || around.includes('!=') || COMPARE_CALLS.some((call) => around.includes(call));
    const lowered = around.toLowerCase();
    if (compares && (lowered.includes('pass') || lowered.includes('pw'))) return true;
  }
  return false;
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

/** Identifiers right before a `[` (`USERS[`, `USERS [`), not members (`this.users[`, `a?.b[`). */
function lookedUpNames(text: string): Set<string> | 'many' {
  const names = new Set<string>();
  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    let end = open;
    while (end > 0 && isSpace(text[end - 1]!)) end--;
    let start = end;
    while (start > 0 && isIdentifierPart(text[start - 1])) start--;
    if (start === end || text[start - 1] === '.' || /^\d/.test(text[start]!)) continue;
    names.add(text.slice(start, end));
    if (names.size > MAX_LOOKED_UP_NAMES) return 'many';
  }
  return names;
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

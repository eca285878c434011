// A Go tokenizer for edits made without a syntax tree (the move-to-env fix gets only the text):
// enough to find the package clause, the import declarations and `const` declarations, skipping
// comments and strings correctly. Linear: one pass, no backtracking.

export type GoTokenKind = 'ident' | 'string' | 'rune' | 'number' | 'punct' | 'comment' | 'newline';

export interface GoToken {
  kind: GoTokenKind;
  text: string;
  start: number;
  end: number;
}

const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_]/u;

export function tokenizeGo(text: string): GoToken[] {
  const tokens: GoToken[] = [];
  let index = 0;
  const push = (kind: GoTokenKind, start: number, end: number): void => {
    tokens.push({ kind, text: text.slice(start, end), start, end });
  };
  while (index < text.length) {
    const char = text[index] ?? '';
    const start = index;
    if (char === '\n') {
      push('newline', start, ++index);
    } else if (char === ' ' || char === '\t' || char === '\r') {
      index++;
    } else if (char === '/' && text[index + 1] === '/') {
      index = lineEnd(text, index);
      push('comment', start, index);
    } else if (char === '/' && text[index + 1] === '*') {
      const close = text.indexOf('*/', index + 2);
      index = close < 0 ? text.length : close + 2;
      push('comment', start, index);
      // A block comment spanning lines ends a statement like a newline does.
      if (text.slice(start, index).includes('\n')) push('newline', index, index);
    } else if (char === '"' || char === "'") {
      index = quotedEnd(text, index, char);
      push(char === '"' ? 'string' : 'rune', start, index);
    } else if (char === '`') {
      const close = text.indexOf('`', index + 1);
      index = close < 0 ? text.length : close + 1;
      push('string', start, index);
    } else if (/[0-9]/.test(char) || (char === '.' && /[0-9]/.test(text[index + 1] ?? ''))) {
      while (index < text.length && /[0-9A-Za-z_.]/.test(text[index] ?? '')) index++;
      push('number', start, index);
    } else if (IDENT_START.test(char)) {
      while (index < text.length && IDENT_PART.test(text[index] ?? '')) index++;
      push('ident', start, index);
    } else {
      push('punct', start, ++index);
    }
  }
  return tokens;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

/** The end of a "..." or '...' literal; an unterminated one stops at the end of its line. */
function quotedEnd(text: string, from: number, quote: string): number {
  let index = from + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') index += 2;
    else if (char === quote) return index + 1;
    else if (char === '\n') return index;
    else index++;
  }
  return text.length;
}

/** The index of the token closing the bracket opened at `open`, or -1. */
export function matchingClose(tokens: readonly GoToken[], open: number): number {
  const pairs: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let index = open; index < tokens.length; index++) {
    const token = tokens[index];
    if (token?.kind !== 'punct') continue;
    const closer = pairs[token.text];
    if (closer) stack.push(closer);
    else if (token.text === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return index;
    } else if (token.text === ')' || token.text === ']' || token.text === '}') return -1;
  }
  return -1;
}

/** Tokens that matter to the grammar: no comments. */
export function significant(tokens: readonly GoToken[]): GoToken[] {
  return tokens.filter((token) => token.kind !== 'comment');
}

// Whether a fragment of code closes everything it opens: strings, comments and brackets. Only
// such a fragment can share a document with others without swallowing the ones after it (an
// open string or block comment would turn the rest of the document into text). A single pass;
// anything it does not model (template literals with `${`, heredocs, triple quotes) is "open".
import type { LanguageId } from '../engine/types';

const HASH_COMMENTS: ReadonlySet<LanguageId> = new Set(['python', 'ruby', 'php']);
const SLASH_COMMENTS: ReadonlySet<LanguageId> = new Set(['javascript', 'typescript', 'go', 'java', 'kotlin', 'php']);
const OPENERS = '([{';
const CLOSERS = ')]}';

export function isClosed(text: string, language: LanguageId): boolean {
  if (/\$\{|"""|'''|<<[~-]?[A-Z'"]|%[qQwWiI]?[({[<|]|^=begin/m.test(text)) return false;
  const hash = HASH_COMMENTS.has(language);
  const slash = SLASH_COMMENTS.has(language);
  const stack: string[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if ((hash && char === '#') || (slash && char === '/' && text[index + 1] === '/')) {
      index = endOfLine(text, index);
    } else if (slash && char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      if (end < 0) return false;
      index = end + 1;
    } else if (char === '"' || char === "'" || char === '`') {
      const end = endOfString(text, index, char);
      if (end < 0) return false;
      index = end;
    } else if (OPENERS.includes(char)) {
      stack.push(CLOSERS[OPENERS.indexOf(char)]!);
    } else if (CLOSERS.includes(char) && stack.pop() !== char) {
      return false;
    }
  }
  return stack.length === 0;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The index of the closing quote, or -1 when the string is still open at the end. */
function endOfString(text: string, start: number, quote: string): number {
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === quote) return index;
    else if (char === '\n' && quote !== '`') return -1;
  }
  return -1;
}

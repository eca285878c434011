// Whether a string is prose: help text, a usage message, a long description. A URL with a password
// there shows the reader a shape ("To use MySQL, use something like: mysql://user:pass@host/db");
// no program connects with it. A token of a known format in prose is still reported (it is live
// wherever it is written); this only answers for guesses such as a URL's password.

/** A word and what follows it: a space (or a comma and a space) before the next word, or a sentence's end. */
const WORD = /(?<![A-Za-z'])[A-Za-z][A-Za-z']*(?:(,? )(?=[A-Za-z])|([.:!?])(?=\s|\\|$))?/g;
/** A sentence (or a lead-in such as "use something like:") is four words or more. */
const SENTENCE_WORDS = 4;
const PROSE_SENTENCES = 2;

/** Whether `text`, without the spans in `except`, holds two sentences or more. Linear: one pass over the words. */
export function isProse(text: string, except: ReadonlyArray<{ start: number; end: number }> = []): boolean {
  let rest = text;
  for (const span of [...except].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, span.start)} ${rest.slice(span.end)}`;
  let sentences = 0;
  let run = 0;
  let runEnd = -1;
  for (const match of rest.matchAll(WORD)) {
    run = match.index === runEnd ? run + 1 : 1;
    runEnd = match[1] === undefined ? -1 : match.index + match[0].length;
    if (match[2] === undefined) continue;
    if (run >= SENTENCE_WORDS && ++sentences >= PROSE_SENTENCES) return true;
    run = 0;
  }
  return false;
}

// Building blocks the dialects share: the plain form and the quoted forms they propose. Each is
// only a proposal; the dialect's reader decides.

/** Characters no loader treats specially outside quotes (no `$`, `#`, `\`, quotes, spaces or `---`). */
const PORTABLE_PLAIN = /^[A-Za-z0-9_.,:/@+=%~-]+$/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** The value unquoted, when it is made of characters no loader reads differently; '' stays ''. */
export function plainForm(value: string): string[] {
  return value === '' || PORTABLE_PLAIN.test(value) ? [value] : [];
}

/** The value between single quotes as is, for loaders that read single quotes literally. */
export function singleQuotedForm(value: string): string[] {
  return LINE_BREAK.test(value) || value.includes("'") ? [] : [`'${value}'`];
}

/**
 * The value between double quotes with `escapes` applied, for loaders that decode backslash
 * escapes there (`\\`, `\"`, `\$`, `\n`, ...). One line: a line break becomes its escape or no form.
 */
export function doubleQuotedForm(value: string, escapes: Readonly<Record<string, string>>): string[] {
  let text = '';
  for (const char of value) {
    const escaped = escapes[char];
    if (escaped === undefined && LINE_BREAK.test(char)) return [];
    text += escaped ?? char;
  }
  return [`"${text}"`];
}

const BACKSLASH_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', $: '\\$', '\n': '\\n', '\r': '\\r' };

/**
 * Plain, single-quoted, then double-quoted with `\\ \" \$ \n \r` escapes: the forms of loaders
 * whose single quotes are literal and whose double quotes decode those (phpdotenv, godotenv).
 */
export function backslashQuotingForms(value: string): string[] {
  return [...plainForm(value), ...singleQuotedForm(value), ...doubleQuotedForm(value, BACKSLASH_ESCAPES)];
}

/** Whether `text` from `from` on is blank or a `#` comment: nothing a loader would read as more. */
export function onlyCommentAfter(text: string, from: number, isBlank: (char: string) => boolean = (char) => char === ' ' || char === '\t'): boolean {
  let at = from;
  while (at < text.length && isBlank(text[at]!)) at++;
  return at === text.length || (text[at] === '#' && !LINE_BREAK.test(text.slice(at)));
}

/**
 * The end of a quoted value starting at `open` (the quote), where a backslash before the quote
 * escapes it (Ruby, Python); -1 when there is none.
 */
export function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let at = open + 1; at < text.length; at++) {
    if (text[at] === '\\' && text[at + 1] === quote) at++;
    else if (text[at] === quote) return at;
  }
  return -1;
}

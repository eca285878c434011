// Code inside a file of another kind (a component's scripts, a page's scriptlets), taken out in
// place: the same length as the file, so every offset of the code is the file's own.

/**
 * `text` with everything outside `kept` turned to spaces (line breaks kept, so lines and columns
 * stay the file's), and a `;` at each of `separators` (markup between two pieces of code that a
 * statement must not run across).
 */
export function keptInPlace(text: string, kept: readonly (readonly [number, number])[], separators: readonly number[] = []): string {
  const chars = text.replace(/[^\r\n]/g, ' ').split('');
  for (const [start, end] of kept) for (let at = start; at < end; at++) chars[at] = text[at]!;
  for (const at of separators) chars[at] = ';';
  return chars.join('');
}

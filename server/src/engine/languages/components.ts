// Single-file components (`*.vue`, `*.svelte`, `*.astro`): markup around JavaScript or TypeScript.
// The code is what their `<script>` blocks (and an Astro page's `---` frontmatter, which runs on the
// server) hold: a key written there ships in the bundle or sits in the server code all the same. The
// rest (markup, styles, template expressions) is blanked in place, so every offset stays the file's.
import { keptInPlace } from './kept-in-place';

/** `<script type="…">` blocks that hold no code: JSON data, HTML templates, text. */
const NOT_CODE_TYPE = /\btype\s*=\s*["']?(?:application\/(?:ld\+)?json|importmap|text\/(?:template|html|x-|plain|markdown)|x-)/i;

/** The component's code, the same length as `text`: everything outside its scripts turned to spaces (line breaks kept). */
export function componentScript(text: string): string {
  const kept: [number, number][] = [];
  const frontmatter = astroFrontmatter(text);
  if (frontmatter) kept.push(frontmatter);
  const lower = text.toLowerCase();
  for (let open = lower.indexOf('<script'); open !== -1; ) {
    const tagEnd = lower.indexOf('>', open);
    if (tagEnd === -1) break;
    const close = lower.indexOf('</script', tagEnd + 1);
    const end = close === -1 ? text.length : close;
    if (!NOT_CODE_TYPE.test(text.slice(open, tagEnd))) kept.push([tagEnd + 1, end]);
    open = close === -1 ? -1 : lower.indexOf('<script', close + 8);
  }
  return keptInPlace(text, kept);
}

/** An Astro component opens with `---`, its server-side script, and `---`. */
function astroFrontmatter(text: string): [number, number] | undefined {
  const start = /^\uFEFF?\s*---[ \t]*\r?\n/.exec(text);
  if (!start) return undefined;
  const close = /^---[ \t]*$/m.exec(text.slice(start[0].length));
  return close ? [start[0].length, start[0].length + close.index] : undefined;
}

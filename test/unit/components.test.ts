// A component's code is its scripts in place: the same length as the file, the scripts' text where it
// stands, everything else blank (line breaks kept, so lines and columns stay the file's).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { componentScript } from '../../server/src/engine/languages/components';

const PIECES = ['<script>', '<script setup lang="ts">', '<script type="application/json">', '</script>', '<template>', '<style>', '---\n', '\n', 'const a = "b";', '<p>{x}</p>', ' ', '>', '<'];

describe('componentScript', () => {
  it('keeps the length and the line breaks, and only ever copies or blanks a character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join('')), (text) => {
        const code = componentScript(text);
        assert.equal(code.length, text.length);
        for (let at = 0; at < text.length; at++) {
          const char = code[at];
          assert.ok(char === text[at] || (char === ' ' && text[at] !== '\n' && text[at] !== '\r'), JSON.stringify({ text, at }));
        }
      }),
    );
  });

  it("keeps Vue's and Svelte's script blocks and Astro's frontmatter, not markup, styles or JSON data", () => {
    const vue = '<template><input type="password"></template>\n<script setup>\nconst k = "x";\n</script>\n<script type="application/ld+json">{"a": 1}</script>\n<style>.a{}</style>';
    assert.equal(componentScript(vue).trim(), 'const k = "x";');
    const astro = '---\nconst t = 1;\n---\n<p>{t}</p>\n';
    assert.equal(componentScript(astro).trim(), 'const t = 1;');
  });
});

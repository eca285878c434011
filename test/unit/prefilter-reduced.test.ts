// The prefilters again (see prefilter.test.ts), on every rule example reduced to what its check
// needs: line by line, a line goes when the check, unfiltered, still reports without it. An example
// file often holds a keyword by chance (a `jdbc:` URL two methods away, a `password` in a comment);
// reduced, the shape stands alone, as it does in a real file, and the prefilter must still let it
// through. (Found so: `Jdbi.create(url, "app", "…")` alone was filtered out.) The same on every
// file of the evaluation corpus, reduced to each rule reported there.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { before, describe, it } from 'node:test';
import { languageOf } from '../../server/src/engine/languages/detect';
import { TREE_SITTER_LANGUAGES } from '../../server/src/engine/languages/treeSitter';
import type { Rule } from '../../server/src/engine/rule';
import { RULES } from '../../server/src/engine/rules';
import { exampleSets } from '../../server/src/engine/rules/examples';
import { scan } from '../../server/src/engine/scan';
import type { ScanOptions } from '../../server/src/engine/types';
import { Grammars } from '../../server/src/grammars';
import { parseMarkers } from '../helpers/markers';
import { withoutPrefilters } from '../helpers/unfiltered';

const grammars = new Grammars();
before(async () => {
  for (const language of TREE_SITTER_LANGUAGES) await grammars.ensure(language);
});


/**
 * The lines of `code` left after dropping, top to bottom, each run of lines the rule still reports
 * without: runs of eight first (a long file shrinks in few scans), then single lines.
 */
function reduced(rule: Rule, path: string, code: string, options: ScanOptions): string {
  const bare = [withoutPrefilters(rule)];
  let lines = code.split('\n');
  for (const size of [8, 1]) {
    for (let at = 0; at < lines.length; ) {
      const without = [...lines.slice(0, at), ...lines.slice(at + size)];
      if (scan({ path }, without.join('\n'), options, bare).length > 0) lines = without;
      else at += size;
    }
  }
  return lines.join('\n');
}

/** Each rule the unfiltered checks report with on `code`, reduced: where the prefilter changes what is found. */
function filteredOutWhenReduced(path: string, code: string, options: ScanOptions, rules: readonly Rule[]): { compared: number; filteredOut: string[] } {
  let compared = 0;
  const filteredOut: string[] = [];
  for (const rule of rules) {
    if (scan({ path }, code, options, [withoutPrefilters(rule)]).length === 0) continue;
    const small = reduced(rule, path, code, options);
    const all = scan({ path }, small, options, [withoutPrefilters(rule)]).map((f) => f.span);
    const filtered = scan({ path }, small, options, [rule]).map((f) => f.span);
    if (JSON.stringify(filtered) !== JSON.stringify(all)) filteredOut.push(`${rule.meta.id} in ${path}, reduced to:\n${small}`);
    compared++;
  }
  return { compared, filteredOut };
}

describe('prefilters on reduced examples', () => {
  for (const rule of RULES) {
    it(`let ${rule.meta.id}'s examples through, each reduced to what its check needs`, () => {
      let compared = 0;
      const filteredOut: string[] = [];
      for (const { examples } of exampleSets(rule.meta.id)) {
        for (const example of examples.invalid) {
          if (!languageOf(example.path)) continue;
          const found = filteredOutWhenReduced(example.path, parseMarkers(example.code).code, { ...example.options, treeSitter: grammars }, [rule]);
          compared += found.compared;
          filteredOut.push(...found.filteredOut.map((text) => `${example.name}: ${text}`));
        }
      }
      assert.deepEqual(filteredOut, []);
      assert.ok(compared > 0 || exampleSets(rule.meta.id).every(({ examples }) => examples.invalid.length === 0), `no example of ${rule.meta.id} was compared`);
    });
  }
});

describe('prefilters on the evaluation corpus, each file reduced to each rule it is reported for', () => {
  it('let every reduced file through', () => {
    const root = join(__dirname, '..', 'eval', 'corpus');
    let compared = 0;
    const filteredOut: string[] = [];
    for (const file of filesUnder(root)) {
      // The corpus holds one app per folder; a file's path is read from inside its app.
      const path = relative(root, file).split(sep).slice(1).join('/');
      if (!languageOf(path)) continue;
      const found = filteredOutWhenReduced(path, readFileSync(file, 'utf8'), { treeSitter: grammars }, RULES);
      compared += found.compared;
      filteredOut.push(...found.filteredOut);
    }
    assert.deepEqual(filteredOut, []);
    assert.ok(compared >= 500, `only ${compared} file and rule pairs compared`);
  });
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

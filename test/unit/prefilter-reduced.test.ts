// The prefilters again (see prefilter.test.ts), on every rule example reduced to what its check
// needs: line by line, a line goes when the check, unfiltered, still reports without it. An example
// file often holds a keyword by chance (a `jdbc:` URL two methods away, a `password` in a comment);
// reduced, the shape stands alone, as it does in a real file, and the prefilter must still let it
// through. (Found so: `Jdbi.create(url, "app", "…")` alone was filtered out.)
import assert from 'node:assert/strict';
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

const grammars = new Grammars();
before(async () => {
  for (const language of TREE_SITTER_LANGUAGES) await grammars.ensure(language);
});

/** The rule with its checks' prefilters removed: each runs on every file of its languages. */
function unfiltered(rule: Rule): Rule {
  return { meta: rule.meta, checks: rule.checks.map((check) => ({ languages: check.languages, keywords: [], check: check.check })) };
}

/** The lines of `code` left after dropping, top to bottom, each one the rule still reports without. */
function reduced(rule: Rule, path: string, code: string, options: ScanOptions): string {
  const bare = [unfiltered(rule)];
  let lines = code.split('\n');
  for (let at = 0; at < lines.length; ) {
    const without = [...lines.slice(0, at), ...lines.slice(at + 1)];
    if (scan({ path }, without.join('\n'), options, bare).length > 0) lines = without;
    else at++;
  }
  return lines.join('\n');
}

describe('prefilters on reduced examples', () => {
  for (const rule of RULES) {
    it(`let ${rule.meta.id}'s examples through, each reduced to what its check needs`, () => {
      let compared = 0;
      const filteredOut: string[] = [];
      for (const { examples } of exampleSets(rule.meta.id)) {
        for (const example of examples.invalid) {
          if (!languageOf(example.path)) continue;
          const options = { ...example.options, treeSitter: grammars };
          const code = parseMarkers(example.code).code;
          if (scan({ path: example.path }, code, options, [unfiltered(rule)]).length === 0) continue;
          const small = reduced(rule, example.path, code, options);
          const all = scan({ path: example.path }, small, options, [unfiltered(rule)]).map((f) => f.span);
          const filtered = scan({ path: example.path }, small, options, [rule]).map((f) => f.span);
          if (JSON.stringify(filtered) !== JSON.stringify(all)) filteredOut.push(`${example.path} (${example.name}), reduced to:\n${small}`);
          compared++;
        }
      }
      assert.deepEqual(filteredOut, []);
      assert.ok(compared > 0 || exampleSets(rule.meta.id).every(({ examples }) => examples.invalid.length === 0), `no example of ${rule.meta.id} was compared`);
    });
  }
});

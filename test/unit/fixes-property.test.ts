// Every action offered on every invalid example of every rule, in every language, applied one
// at a time: the touched files still parse with the project's own parsers (and TypeScript still
// type-checks), the finding is gone, no other finding appears, edits never overlap, and applying
// what is offered afterwards ends without breaking anything. A shape a rewrite cannot handle
// safely must get no fix, not a broken one.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { RULE_EXAMPLES } from '../../server/src/engine/rules/examples';
import { FixChecker, type Attempt } from '../helpers/fixSafety';
import { parseMarkers } from '../helpers/markers';
import { grammarsLoadedBefore } from '../helpers/grammars';

const grammars = grammarsLoadedBefore();
const checker = new FixChecker(grammars);
const tally = { applied: 0, broken: 0 };

after(() => {
  console.log(`fixes property: ${tally.applied} actions applied, ${tally.broken} broke something`);
});

describe('every offered action on every invalid example', () => {
  for (const { ruleId, sets } of RULE_EXAMPLES) {
    for (const set of sets) {
      for (const [index, example] of set.examples.invalid.entries()) {
        it(`${ruleId} [${set.languages[0]}] ${example.name ?? index}: ${example.path}`, () => {
          const { code } = parseMarkers(example.code);
          const attempts = checker.check({ ruleId, name: example.name ?? String(index), path: example.path, code, options: example.options ?? {} });
          tally.applied += attempts.length;
          const failed = attempts.filter((attempt: Attempt) => attempt.problems.length > 0);
          tally.broken += failed.length;
          assert.deepEqual(failed, []);
        });
      }
    }
  }
});

// The labelled evaluation corpus (test/eval): precision and recall per factor, and credential recall
// per language, stay at or above test/eval/floor.json: the targets (precision 0.95 and recall 0.90
// per factor; credential recall 0.80 per language, the default). A factor whose rules have labels
// needs a floor there. `npm run eval` prints the figures; `--verbose` lists each miss by location.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluate, scoreBy } from '../eval/evaluate';
import { jsonLabels, markerLabels } from '../eval/labels';

interface Floor {
  factors: Record<string, { precision: number; recall: number }>;
  credentialRecallByLanguage: Record<string, number>;
}

const floor = JSON.parse(readFileSync(join(__dirname, '..', 'eval', 'floor.json'), 'utf8')) as Floor;

describe('evaluation corpus', () => {
  it('reads both kinds of label', () => {
    const text = 'a = 1 # tfl-eval: hardcoded-credential\n# tfl-eval-next-line: file-logger, startup-migration\nb = 2\nc # tfl-eval-not: hardcoded-credential\n';
    assert.deepEqual(markerLabels('x.py', text), [
      { file: 'x.py', line: 1, rule: 'hardcoded-credential', expected: true },
      { file: 'x.py', line: 3, rule: 'file-logger', expected: true },
      { file: 'x.py', line: 3, rule: 'startup-migration', expected: true },
      { file: 'x.py', line: 4, rule: 'hardcoded-credential', expected: false },
    ]);
    assert.deepEqual(jsonLabels({ 'a/b.json': [{ line: 3, rule: 'hardcoded-credential', expected: true }] }), [
      { file: 'a/b.json', line: 3, rule: 'hardcoded-credential', expected: true },
    ]);
  });

  it('stays at or above the floor per factor and, for credentials, per language', async () => {
    const outcomes = await evaluate();
    for (const [factor, scores] of scoreBy(outcomes, (outcome) => outcome.factor)) {
      const minimum = floor.factors[factor];
      assert.ok(minimum, `factor ${factor} has labels but no floor in test/eval/floor.json`);
      assert.ok(scores.precision >= minimum.precision, `factor ${factor} precision ${scores.precision.toFixed(2)} < ${minimum.precision}`);
      assert.ok(scores.recall >= minimum.recall, `factor ${factor} recall ${scores.recall.toFixed(2)} < ${minimum.recall}`);
    }
    const credentials = outcomes.filter((outcome) => outcome.rule === 'hardcoded-credential');
    for (const [language, scores] of scoreBy(credentials, (outcome) => outcome.group)) {
      const minimum = floor.credentialRecallByLanguage[language] ?? 0.8;
      assert.ok(scores.recall >= minimum, `credential recall in ${language} ${scores.recall.toFixed(2)} < ${minimum}`);
    }
  });
});

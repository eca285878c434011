// A tree-sitter grammar costs a wasm compile and its memory: an audit loads one only for a file
// that some check may report on, and the findings are those of a scan with the grammar loaded.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Rule } from '../../server/src/engine/rule';
import { RULES } from '../../server/src/engine/rules';
import { scan } from '../../server/src/engine/scan';
import { Grammars } from '../../server/src/grammars';
import { scanFileAt } from '../../server/src/pool/scanFile';

const folder = mkdtempSync(join(tmpdir(), 'tfl-grammar-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function fileJob(name: string, text: string) {
  const absolutePath = join(folder, name);
  writeFileSync(absolutePath, text);
  return { absolutePath, path: name, gitIgnored: undefined, maxBytes: 1024 * 1024 };
}

describe('tree-sitter grammars on demand', () => {
  it('leaves the grammar unloaded for files no check may report on', async () => {
    const grammars = new Grammars();
    const outcome = await scanFileAt(fileJob('util.py', 'def add(a, b):\n    return a + b\n'), {}, grammars, RULES);
    assert.deepEqual(outcome, { kind: 'scanned', findings: [] });
    assert.equal(grammars.has('python'), false);
  });

  it('loads it for a file a check may report on, and finds what a loaded scan finds', async () => {
    const grammars = new Grammars();
    const code = `DB_PASSWORD = "Q${randomBytes(9).toString('hex')}"\n`;
    const outcome = await scanFileAt(fileJob('settings.py', code), {}, grammars, RULES);
    assert.equal(grammars.has('python'), true);
    const expected = scan({ path: 'settings.py' }, code, { treeSitter: grammars });
    assert.ok(expected.length > 0, 'the credential is found');
    assert.deepEqual(outcome, { kind: 'scanned', findings: expected });
  });

  it('runs the prefilters of a file without a loaded grammar once, not again in a scan', async () => {
    let prefiltered = 0;
    const counting: Rule = {
      meta: { ...RULES[0]!.meta, id: 'counts-prefilters' },
      checks: [{ languages: ['python'], keywords: [], mayReport: () => (prefiltered++, false), check: () => assert.fail('a check whose prefilter said no ran') }],
    };
    const outcome = await scanFileAt(fileJob('helpers.py', 'def name():\n    return "x"\n'), {}, new Grammars(), [counting]);
    assert.deepEqual(outcome, { kind: 'scanned', findings: [] });
    assert.equal(prefiltered, 1);
  });
});

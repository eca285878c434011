// A file that could not be checked is never reported clean: the audit names it, the text output
// says so instead of "No problems", JSON lists it, and SARIF marks the run as not successful.
// Also: a 3,000-term comma chain (a minified bundle) is walked, not overflowed.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { auditPaths } from '../../server/src/auditRun';
import type { Rule } from '../../server/src/engine/rule';
import { RULES } from '../../server/src/engine/rules';
import { scan } from '../../server/src/engine/scan';
import { formatJson } from '../../server/src/format/json';
import { formatSarif } from '../../server/src/format/sarif';
import { formatText } from '../../server/src/format/text';

const THROWING: Rule = {
  meta: { ...RULES[0]!.meta, id: 'throws-on-bad' },
  checks: [{ languages: ['javascript'], keywords: ['bad'], check: () => { throw new RangeError('Maximum call stack size exceeded'); } }],
};

describe('files that could not be checked', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfl-unchecked-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'good.js'), 'const x = 1;\n');
  writeFileSync(join(root, 'bad\u001b[2K.js'), 'const bad = 1;\n');

  it('are named in the result, and never printed as clean', async () => {
    const result = await auditPaths([root], { base: root, rules: [THROWING] });
    assert.deepEqual(result.unchecked, [{ path: 'bad\u001b[2K.js', reason: 'failed' }]);
    const text = formatText(result, [THROWING], { color: false });
    assert.doesNotMatch(text, /No Twelve-Factor problems/);
    assert.match(text, /1 file could not be checked and is not reported clean/);
    assert.ok(text.includes('bad\\u001b[2K.js'), 'the control character is escaped');
    assert.ok(!text.includes('\u001b'), 'no raw escape reaches the terminal');
    const json = JSON.parse(formatJson(result, [THROWING])) as { unchecked: unknown[] };
    assert.equal(json.unchecked.length, 1);
    const sarif = JSON.parse(formatSarif(result, [THROWING])) as { runs: Array<{ invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }> }> };
    assert.equal(sarif.runs[0]!.invocations[0]!.executionSuccessful, false);
    assert.equal(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.length, 1);
  });

  it('a minified bundle with a 3,000-term comma chain is checked, and its key found', () => {
    const chain = Array.from({ length: 3000 }, (_, index) => `a${index}=f(${index})`).join(',');
    const secret = randomBytes(12).toString('hex');
    const findings = scan({ path: 'bundle.js' }, `var x;${chain};\nconst config = { password: "${secret}" };\n`);
    assert.deepEqual(findings.map((finding) => finding.ruleId), ['hardcoded-credential']);
  });
});

// The baseline in the editor: accepted findings show as hints (or not at all, per
// twelveFactor.baseline.display); a finding the baseline does not know stays an error.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { auditPaths } from '../../server/src/auditRun';
import { BASELINE_FILE_NAME, writeBaseline } from '../../server/src/baseline/file';
import { newSalt } from '../../server/src/baseline/key';
import { entriesFor, withBaseline } from '../../server/src/baseline/match';
import { fakePassword, fakeStripeKey, tempRepo } from '../helpers/gitRepo';
import { TestClient } from '../helpers/lspClient';

const ERROR = 1;
const HINT = 4;

describe('the baseline in the editor', () => {
  const repo = tempRepo();
  const accepted = `module.exports = {\n  db: { password: '${fakePassword()}' },\n  stripeKey: '${fakeStripeKey()}',\n};\n`;
  let display = 'hint';
  const client = new TestClient({ workspace: repo.root, settings: () => ({ baseline: { display } }) });

  before(async () => {
    repo.write('src/config.js', accepted);
    const path = join(repo.root, BASELINE_FILE_NAME);
    const loaded = withBaseline(path, { salt: newSalt(), entries: [] });
    writeBaseline(path, { salt: loaded.baseline.salt, entries: await entriesFor(await auditPaths([repo.root], { base: repo.root }), loaded) });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    repo.dispose();
  });

  const withNewKey = accepted.replace('};', `  billingKey: '${fakeStripeKey()}',\n};`);

  it('shows accepted findings as hints that say so, and a new one as an error', async () => {
    const uri = client.open('src/config.js', withNewKey, 'javascript');
    const diagnostics = await client.nextDiagnostics(uri, (list) => list.length === 3);
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.line, d.severity, /accepted in the baseline/.test(String(d.message))]),
      [
        [1, HINT, true],
        [2, HINT, true],
        [3, ERROR, false],
      ],
    );
  });

  it('hides them when twelveFactor.baseline.display is "hide"', async () => {
    display = 'hide';
    const uri = client.uri('src/config.js');
    const since = client.publishCount(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const diagnostics = await client.nextDiagnostics(uri, () => true, since);
    assert.deepEqual(diagnostics.map((d) => [d.range.start.line, d.severity]), [[3, ERROR]]);
  });
});

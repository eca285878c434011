// `history` on a real repository: a secret added in one commit and removed in the next is reported
// once, at the commit that added it, as removed from HEAD; one still in HEAD says so; a secret
// copied into another file later is not reported twice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { scanHistory, type HistoryResult } from '../../server/src/history/history';
import { fakePassword, fakeStripeKey, tempRepo, type TempRepo } from '../helpers/gitRepo';

describe('history', () => {
  let repo: TempRepo;
  const removedKey = fakeStripeKey();
  const keptPassword = fakePassword();
  const commits: string[] = [];
  let result: HistoryResult;

  before(async () => {
    repo = tempRepo();
    repo.write('app/server.js', "const express = require('express');\n");
    commits.push(repo.commit('start', '2024-01-01T10:00:00Z'));
    repo.write('app/billing config.js', `module.exports = {\n  currency: 'eur',\n  stripeKey: '${removedKey}',\n};\n`);
    commits.push(repo.commit('billing', '2024-01-02T10:00:00Z'));
    repo.write('app/billing config.js', `module.exports = {\n  currency: 'eur',\n  stripeKey: process.env.STRIPE_KEY,\n};\n`);
    commits.push(repo.commit('read the key from the environment', '2024-01-03T10:00:00Z'));
    repo.write('settings.py', `DEBUG = False\nDATABASES = {\n    'default': {\n        'PASSWORD': '${keptPassword}',\n    }\n}\n`);
    commits.push(repo.commit('django', '2024-01-04T10:00:00Z'));
    repo.write('scripts/copy.js', `const key = '${removedKey}';\n`);
    repo.remove('scripts/copy.js');
    repo.write('legacy.js', `const stripeKey = '${removedKey}';\n`);
    commits.push(repo.commit('copy the old key', '2024-01-05T10:00:00Z'));
    repo.remove('legacy.js');
    commits.push(repo.commit('drop it again', '2024-01-06T10:00:00Z'));
    result = await scanHistory({ root: repo.root, config: DEFAULT_CONFIG, maxFileSize: 1024 * 1024 });
  });
  after(() => repo.dispose());

  it('reports each credential once, at the commit that first added it', () => {
    assert.deepEqual(
      result.findings.map((found) => [found.commit, found.date.slice(0, 10), found.path, found.line]),
      [
        [commits[1], '2024-01-02', 'app/billing config.js', 3],
        [commits[3], '2024-01-04', 'settings.py', 4],
      ],
    );
    assert.equal(result.counts.commits, 6);
  });

  it('marks what HEAD no longer holds as removed, and what it holds as not', () => {
    assert.deepEqual(result.findings.map((found) => found.removed), [true, false]);
  });

  it('never holds a value in a message', () => {
    for (const found of result.findings) {
      assert.ok(!found.finding.message.includes(removedKey) && !found.finding.message.includes(keptPassword));
    }
  });

  it('limits itself to commits after --since and to the newest --max-commits', async () => {
    const since = await scanHistory({ root: repo.root, config: DEFAULT_CONFIG, maxFileSize: 1024 * 1024, since: commits[2] });
    assert.deepEqual(since.findings.map((found) => [found.commit, found.path]), [
      [commits[3], 'settings.py'],
      [commits[4], 'legacy.js'],
    ]);
    const newest = await scanHistory({ root: repo.root, config: DEFAULT_CONFIG, maxFileSize: 1024 * 1024, maxCommits: 2 });
    assert.deepEqual(newest.findings.map((found) => found.commit), [commits[4]]);
    assert.equal(newest.counts.commits, 2);
  });
});

// The server's "already committed" lookups run in a worker thread (pool/historyScanner.ts), so a
// long history never holds up the LSP thread: what the worker answers, and how it ends.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { secretDigest } from '../../server/src/engine/fingerprint';
import { HistoryScanner } from '../../server/src/pool/historyScanner';
import { fakeStripeKey, tempRepo } from '../helpers/gitRepo';

describe('history lookups in a worker', () => {
  const repo = tempRepo();
  const key = fakeStripeKey();
  repo.write('src/config.js', `module.exports = { stripeKey: '${key}' };\n`);
  repo.commit('a key');
  repo.write('src/config.js', 'module.exports = { stripeKey: process.env.STRIPE_KEY };\n');
  repo.commit('the key from the environment');
  const scanner = new HistoryScanner();
  after(async () => {
    await scanner.dispose();
    repo.dispose();
  });

  it('answers with the digest of every credential the file ever held, and nothing else', async () => {
    const config = { ...DEFAULT_CONFIG };
    assert.deepEqual(await scanner.digests({ root: repo.root, path: 'src/config.js', config }), [secretDigest(key)]);
    assert.deepEqual(await scanner.digests({ root: repo.root, path: 'src/other.js', config }), []);
  });

  it('fails a lookup it can no longer answer, and answers the next one from a fresh worker', async () => {
    const config = { ...DEFAULT_CONFIG };
    const failed = assert.rejects(scanner.digests({ root: repo.root, path: 'src/config.js', config }), { name: 'WorkerStopped' });
    await scanner.dispose();
    await failed;
    assert.deepEqual(await scanner.digests({ root: repo.root, path: 'src/config.js', config }), [secretDigest(key)]);
  });
});

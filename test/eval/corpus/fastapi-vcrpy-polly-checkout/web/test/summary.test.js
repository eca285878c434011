import { Polly } from '@pollyjs/core';
import NodeHttpAdapter from '@pollyjs/adapter-node-http';
import FSPersister from '@pollyjs/persister-fs';
import { summarize } from '../src/summary.js';

Polly.register(NodeHttpAdapter);
Polly.register(FSPersister);

describe('summarize', () => {
  let polly;
  beforeEach(() => {
    process.env.OPENAI_API_KEY ??= 'sk-test-not-a-real-key'; // tfl-eval-not: hardcoded-credential
    polly = new Polly('checkout/creates a session', {
      adapters: ['node-http'],
      persister: 'fs',
      persisterOptions: { fs: { recordingsDir: 'test/__recordings__' } },
      matchRequestsBy: { headers: { exclude: ['authorization'] } },
    });
    polly.server.any().on('beforePersist', (req, recording) => {
      recording.request.headers = recording.request.headers.filter(({ name }) => name !== 'authorization');
    });
  });
  afterEach(() => polly.stop());

  it('returns the model reply', async () => {
    expect(await summarize('2 teapots')).toBe('Two teapots ordered.');
  });
});

// An audit's workers scan one file at a time and each file's tree dies with its scan: their young
// generation is bounded so that every lane of a large audit does not hold a full one of garbage.
// The language server's workers keep open documents' trees alive across edits and stay unbounded.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startWorker } from '../../server/src/pool/startWorker';

describe('scan worker heap limits', () => {
  it('bounds an audit worker young generation, not a document worker', async () => {
    const audit = startWorker({ kind: 'files', options: {} });
    const documents = startWorker({ kind: 'documents', cancel: new SharedArrayBuffer(4) });
    try {
      assert.equal(audit.resourceLimits?.maxYoungGenerationSizeMb, 24);
      assert.notEqual(documents.resourceLimits?.maxYoungGenerationSizeMb, 24);
    } finally {
      await Promise.all([audit.terminate(), documents.terminate()]);
    }
  });
});

// How many lanes an audit scans with, and when their workers start: a lane costs a worker's
// start-up and a copy of the engine, so a small tree gets fewer, and a worker starts during the
// walk (as soon as the files found pay for it) so that it loads while the walk goes on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BYTES_PER_LANE, lanesFor } from '../../server/src/auditRun';
import { ScanPool } from '../../server/src/pool/scanPool';

describe('lanesFor', () => {
  it('gives the jobs asked for, never more than the files', () => {
    assert.equal(lanesFor(10, 1, { jobs: 4 }), 1);
    assert.equal(lanesFor(10, 50, { jobs: 4 }), 4);
    assert.equal(lanesFor(0, 0, { jobs: 4 }), 1);
    assert.equal(lanesFor(10, 50, {}), 1);
  });

  it('as a ceiling, one lane per BYTES_PER_LANE, growing with the walk', () => {
    const ceiling = { jobs: 4, jobsAtMost: true };
    assert.equal(lanesFor(1, 1, ceiling), 1);
    assert.equal(lanesFor(BYTES_PER_LANE, 500, ceiling), 1);
    assert.equal(lanesFor(BYTES_PER_LANE + 1, 500, ceiling), 2);
    assert.equal(lanesFor(10 * BYTES_PER_LANE, 5000, ceiling), 4);
  });
});

describe('ScanPool.grow', () => {
  it('starts the workers of new lanes at once, this thread being one lane, and never shrinks', async () => {
    const pool = new ScanPool(3, { kind: 'files', options: {} }, async () => ({ kind: 'scanned', findings: [] }));
    try {
      pool.grow(1);
      assert.equal(pool.started, 0, 'one lane is this thread');
      pool.grow(3);
      assert.equal(pool.started, 2, 'two workers start before any file is sent');
      pool.grow(2);
      pool.grow(9);
      assert.equal(pool.started, 3, 'at most the pool size');
    } finally {
      await pool.close();
    }
  });
});

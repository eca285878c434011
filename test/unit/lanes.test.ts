// How many lanes an audit scans with, and when their workers start: a lane costs a worker's
// start-up and a copy of the engine, so a small tree gets fewer, and a worker starts during the
// walk (as soon as the files found pay for it) so that it loads while the walk goes on.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BYTES_PER_LANE, lanesFor } from '../../server/src/auditRun';
import { ScanPool } from '../../server/src/pool/scanPool';

/** A one-line module written in `folder`, as a job for a pool. */
function smallModule(folder: string, prefix: string, index: number) {
  const absolutePath = join(folder, `${prefix}${index}.js`);
  writeFileSync(absolutePath, `export const ${prefix}${index} = ${index};\n`);
  return { absolutePath, path: `${prefix}${index}.js`, gitIgnored: undefined, maxBytes: 1 << 20 };
}

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

describe('ScanPool with this thread as a lane', () => {
  it('keeps feeding the worker while this thread scans', async () => {
    // Each scan here holds the thread (as a parse does); the worker's files are tiny. Were the
    // next file picked before the worker's results were read, this thread would take nearly all.
    const folder = mkdtempSync(join(tmpdir(), 'tfl-pool-'));
    const files = Array.from({ length: 60 }, (_, index) => {
      const path = join(folder, `m${index}.js`);
      writeFileSync(path, `export const n${index} = ${index};\n`);
      return path;
    });
    let here = 0;
    const scanHere = async () => {
      here++;
      const until = performance.now() + 25;
      while (performance.now() < until); // a synchronous scan
      return { kind: 'scanned' as const, findings: [] };
    };
    const pool = new ScanPool(1, { kind: 'files', options: {} }, scanHere);
    try {
      pool.grow(2);
      // The worker loads its engine first: give it a file and wait for the answer.
      assert.equal((await pool.run({ absolutePath: files[0]!, path: 'm0.js', gitIgnored: undefined, maxBytes: 1 << 20 })).kind, 'scanned');
      here = 0;
      const outcomes = await Promise.all(files.slice(1).map((absolutePath, index) => pool.run({ absolutePath, path: `m${index + 1}.js`, gitIgnored: undefined, maxBytes: 1 << 20 })));
      assert.ok(outcomes.every((outcome) => outcome.kind === 'scanned'));
      assert.ok(here <= 20, `this thread scanned ${here} of 59 files; the worker, each in well under 25 ms, should take most`);
    } finally {
      await pool.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('ScanPool: what this thread takes', () => {
  it('no file larger than what each worker holds, so that no worker runs dry while it scans', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tfl-pool-'));
    const job = (index: number) => smallModule(folder, 's', index);
    const here: string[] = [];
    const pool = new ScanPool(1, { kind: 'files', options: {} }, async (scanned) => {
      here.push(scanned.path);
      const until = performance.now() + 5;
      while (performance.now() < until); // a synchronous scan
      return { kind: 'scanned', findings: [] };
    });
    try {
      pool.grow(2);
      assert.equal((await pool.run(job(0), 100)).kind, 'scanned', 'the worker has loaded its engine');
      here.length = 0;
      // Small files and one larger than the eight small ones a worker holds at most: that one goes to the worker.
      const sizes = Array.from({ length: 40 }, (_, index) => (index === 20 ? 1000 : 100));
      const outcomes = await Promise.all(sizes.map((bytes, index) => pool.run(job(index + 1), bytes)));
      assert.ok(outcomes.every((outcome) => outcome.kind === 'scanned'));
      assert.ok(here.length > 0, 'this thread took some small files');
      assert.ok(!here.includes('s21.js'), 'and not the large one');
    } finally {
      await pool.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('ScanPool.windDown', () => {
  it('lets the workers finish their files and end; later files are scanned in this thread', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tfl-pool-'));
    const job = (index: number) => smallModule(folder, 'w', index);
    let here = 0;
    const pool = new ScanPool(1, { kind: 'files', options: {} }, async () => {
      here++;
      return { kind: 'scanned', findings: [] };
    });
    try {
      pool.grow(2);
      assert.equal((await pool.run(job(0))).kind, 'scanned', 'the worker has loaded its engine');
      const inFlight = pool.run(job(1)); // sent to the idle worker
      pool.windDown();
      assert.equal(pool.started, 1, 'a worker holding a file keeps it');
      assert.equal((await inFlight).kind, 'scanned', 'and its file comes back scanned, not failed');
      assert.equal(pool.started, 0, 'then it ends');
      here = 0;
      const later = await Promise.all([2, 3, 4].map((index) => pool.run(job(index))));
      assert.ok(later.every((outcome) => outcome.kind === 'scanned'));
      assert.equal(here, 3, 'later files are scanned here');
    } finally {
      await pool.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('changes nothing without this thread as a lane (the language server keeps its workers)', async () => {
    const pool = new ScanPool(1, { kind: 'files', options: {} });
    try {
      pool.grow(1);
      pool.windDown();
      assert.equal(pool.started, 1);
    } finally {
      await pool.close();
    }
  });
});

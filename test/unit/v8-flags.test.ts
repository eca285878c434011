// The V8 flags our entry points set, and the code caches kept per set of flags: V8 rejects a cache
// made under other flags, and the CLI's scan workers and the server's load the same bundle.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFileName } from '../../server/src/entry/bundleLoader';
import { TIERING_FLAGS } from '../../server/src/entry/v8Flags';

describe('code caches per set of V8 flags', () => {
  const bundle = { size: 4_726_743, mtimeMs: 1796547393075.4 };

  it('names a cache by the bundle, the V8 version and the architecture, and by the flags when there are any', () => {
    const plain = cacheFileName('scanWorker.bundle.js', bundle, []);
    assert.equal(plain, `scanWorker.bundle.js.4726743-1796547393075.${process.versions.v8}-${process.arch}.cache`);
    const server = cacheFileName('scanWorker.bundle.js', bundle, TIERING_FLAGS);
    const cli = cacheFileName('scanWorker.bundle.js', bundle, ['--heap-growing-percent=50', ...TIERING_FLAGS]);
    assert.equal(new Set([plain, server, cli]).size, 3);
    assert.equal(cacheFileName('scanWorker.bundle.js', bundle, TIERING_FLAGS), server, 'the same flags, the same cache');
  });

  it('is needed: V8 rejects a cache made under other flags, set at run time as our entry points do', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tfl-v8-flags-'));
    try {
      const cache = join(folder, 'a.cache');
      // Each step in a process of its own: V8 reads its flags' hash once, so a flag set later in one process changes nothing there.
      const step = (flags: readonly string[]) =>
        execFileSync(process.execPath, ['-e', `
          const { Script } = require('node:vm');
          const fs = require('node:fs');
          for (const flag of ${JSON.stringify(flags)}) require('node:v8').setFlagsFromString(flag);
          const source = 'function f(a) { return a + 1; } f(1);';
          const cachedData = fs.existsSync(${JSON.stringify(cache)}) ? fs.readFileSync(${JSON.stringify(cache)}) : undefined;
          const script = new Script(source, { filename: 'a.js', cachedData });
          if (!cachedData) fs.writeFileSync(${JSON.stringify(cache)}, script.createCachedData());
          process.stdout.write(String(script.cachedDataRejected));`], { encoding: 'utf8' });
      assert.equal(step([]), 'undefined', 'made');
      assert.equal(step([]), 'false', 'taken under the same flags');
      assert.equal(step(TIERING_FLAGS), 'true', 'rejected under others');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

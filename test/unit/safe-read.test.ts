// The scanned repository is hostile input: its files are read only when regular, within a bound,
// and through a link only when the caller allows links that stay inside a folder.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readRegularFileNow, readRegularFileSync } from '../../server/src/safeRead';

const root = mkdtempSync(join(tmpdir(), 'tfl-safe-read-'));
after(() => rmSync(root, { recursive: true, force: true }));
const inside = join(root, 'repo');
const outside = join(root, 'elsewhere');
mkdirSync(inside);
mkdirSync(outside);
writeFileSync(join(inside, 'app.js'), 'const port = 3000;\n');
writeFileSync(join(outside, 'secret.txt'), 'not yours\n');
symlinkSync(join(inside, 'app.js'), join(inside, 'alias.js'));
symlinkSync(join(outside, 'secret.txt'), join(inside, 'escape.js'));
execFileSync('mkfifo', [join(inside, 'pipe.js')]);

const failureOf = (result: { failure?: string }) => result.failure;

describe('readRegularFileSync', () => {
  const within = { maxBytes: 1024, followLinksWithin: inside };

  it('reads a regular file, and a link whose target stays inside the folder', () => {
    assert.equal(readRegularFileSync(join(inside, 'app.js'), within).bytes?.toString(), 'const port = 3000;\n');
    assert.equal(readRegularFileSync(join(inside, 'alias.js'), within).bytes?.toString(), 'const port = 3000;\n');
  });

  it('refuses a link out of the folder, any link without one, a FIFO, a file over the bound', () => {
    assert.equal(failureOf(readRegularFileSync(join(inside, 'escape.js'), within)), 'linkOut');
    assert.equal(failureOf(readRegularFileSync(join(inside, 'alias.js'), { maxBytes: 1024 })), 'linkOut');
    assert.equal(failureOf(readRegularFileSync(join(inside, 'pipe.js'), within)), 'notRegular');
    assert.equal(failureOf(readRegularFileSync(join(inside, 'app.js'), { maxBytes: 4 })), 'tooLarge');
    assert.equal(failureOf(readRegularFileSync(join(inside, 'gone.js'), within)), 'missing');
  });
});

describe('readRegularFileNow (a walked file: links were decided by the walk)', () => {
  it('reads a regular file within the bound, and follows no link at all', () => {
    assert.equal(readRegularFileNow(join(inside, 'app.js'), 1024).bytes?.toString(), 'const port = 3000;\n');
    assert.equal(failureOf(readRegularFileNow(join(inside, 'alias.js'), 1024)), 'linkOut');
    assert.equal(failureOf(readRegularFileNow(join(inside, 'pipe.js'), 1024)), 'notRegular');
    assert.equal(failureOf(readRegularFileNow(join(inside, 'app.js'), 4)), 'tooLarge');
    assert.equal(failureOf(readRegularFileNow(join(inside, 'gone.js'), 1024)), 'missing');
  });
});

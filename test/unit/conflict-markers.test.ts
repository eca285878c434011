// A merge that leaves its conflict markers in a committed file ships them (it happened once in the
// Marketplace README, whose table test only looked for rule rows). Every tracked text file is free of them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const repo = join(__dirname, '..', '..');
const MARKER = /^(<{7}|>{7})( |$)/m;

describe('tracked files', () => {
  it('hold no merge conflict markers', () => {
    const files = execFileSync('git', ['-c', 'core.fsmonitor=false', 'ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
    assert.ok(files.length > 100, 'git ls-files lists the repository');
    const marked = files.filter((file) => !/\.(wasm|png|ico|gif|jpg)$/.test(file) && MARKER.test(readFileSync(join(repo, file), 'latin1')));
    assert.deepEqual(marked, []);
  });
});

import { test } from 'node:test';
import assert from 'node:assert';
import { execFileSync } from 'node:child_process';

test('curl is called with credentials', () => {
  const args = ['-u', 'tester:not-a-real-password']; // tfl-eval-not: hardcoded-credential
  assert.ok(args.length === 2);
  assert.throws(() => execFileSync('false'));
});

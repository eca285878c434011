import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

test('migrations apply to an empty database', () => {
  execFileSync('node', ['dist/db/migrate.js'], { env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL } });
});

import { describe, it, expect, beforeAll } from 'vitest';
import { execSync } from 'node:child_process';

beforeAll(() => {
  execSync('npx prisma migrate reset --force --skip-seed', { stdio: 'inherit' }); // tfl-eval-not: startup-migration
});

describe('rides', () => {
  it('is wired', () => {
    expect(typeof execSync).toBe('function');
  });
});

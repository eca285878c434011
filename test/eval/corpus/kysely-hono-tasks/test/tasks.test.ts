import { beforeAll, describe, expect, it } from 'vitest';
import { migrator } from '../src/db/index.js';

beforeAll(async () => {
  await migrator.migrateToLatest(); // tfl-eval-not: startup-migration
});

describe('tasks', () => {
  it('has a migrator', () => {
    expect(typeof migrator.migrateToLatest).toBe('function');
  });
});

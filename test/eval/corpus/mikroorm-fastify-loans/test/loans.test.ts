import { describe, it, expect } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import config from '../src/mikro-orm.config';

describe('schema', () => {
  it('creates the schema for a fresh test database', async () => {
    const orm = await MikroORM.init({ ...config, clientUrl: process.env.TEST_DATABASE_URL });
    await orm.schema.refreshDatabase(); // tfl-eval-not: startup-migration
    expect(orm.em).toBeDefined();
    await orm.close();
  });
});

import { describe, expect, it } from 'vitest';
import { config } from '../src/config';

describe('config', () => {
  it('masks sensitive values', () => {
    config.set('db.password', 'test-db-password');
    expect(config.toString()).not.toContain('test-db-password');
  });
});

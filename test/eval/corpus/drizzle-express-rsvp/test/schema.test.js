import { test } from 'node:test';
import assert from 'node:assert/strict';

test('table name', async () => {
  const { rsvps } = await import('../dist/schema.js');
  assert.ok(rsvps);
});

import { cache } from '@lib/cache';  // tfl-eval-not: undeclared-dependency
import { fakeNote } from '~test/factories';  // tfl-eval-not: undeclared-dependency
import supertest from 'supertest';  // tfl-eval: undeclared-dependency

test('reads a note', async () => {
  await cache.set('note:1', JSON.stringify(fakeNote()));
  expect(supertest).toBeDefined();
});

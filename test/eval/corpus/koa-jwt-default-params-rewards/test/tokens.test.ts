import { describe, expect, it } from 'vitest';
import jwt from 'jsonwebtoken';
import { issue } from '../src/lib/tokens';

const sign = (payload: object, key = 'test-only-key') => issue(payload, key);

describe('issue', () => {
  it('signs with the given key', () => {
    expect(jwt.verify(sign({ sub: 'a' }), 'test-only-key')).toMatchObject({ sub: 'a' });
  });
});

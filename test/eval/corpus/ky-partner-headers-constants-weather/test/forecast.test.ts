import nock from 'nock';
import { describe, it, expect } from 'vitest';
import { hourly } from '../src/providers/forecast';

const STUB = 'test-forecast-key';

describe('hourly', () => {
  it('sends the key', async () => {
    nock('https://api.forecast-provider.example', { reqheaders: { 'X-Api-Key': STUB } }).get(/hourly/).reply(200, {}); // tfl-eval-not: hardcoded-credential
    expect(await hourly(1, 2)).toEqual({});
  });
});

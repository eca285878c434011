import { describe, expect, it, vi, beforeAll } from 'vitest';
import RedisMock from 'ioredis-mock';

vi.mock('ioredis', () => ({ default: RedisMock }));

beforeAll(() => {
  process.env.DATABASE_URL = 'postgres://bookings:bookings@localhost:5432/bookings_test';
  process.env.REDIS_URL = 'redis://localhost:6379/2';
  process.env.TWILIO_ACCOUNT_SID = 'AC00000000000000000000000000000000';
  process.env.TWILIO_AUTH_TOKEN = 'test_auth_token_that_is_32_chars_';
  process.env.STRIPE_PUBLISHABLE_KEY = 'pk_test_placeholder';
});

// An in-memory store stands in for Redis in tests.
const sessions = new Map<string, string>();

describe('availability cache', () => {
  it('keeps a day per restaurant', async () => {
    const { AVAILABILITY_KEY } = await import('../src/lib/cache.js');
    sessions.set(AVAILABILITY_KEY('r1', '2024-03-01'), '[]');
    expect(sessions.size).toBe(1);
  });
});

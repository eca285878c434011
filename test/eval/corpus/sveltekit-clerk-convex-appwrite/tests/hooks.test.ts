import { describe, expect, it, vi } from 'vitest';

vi.mock('$env/dynamic/private', () => ({ env: { CLERK_SECRET_KEY: 'sk_test_placeholder' } })); // tfl-eval-not: hardcoded-credential
vi.mock('$env/static/public', () => ({ PUBLIC_CLERK_PUBLISHABLE_KEY: 'pk_test_Y2xlcmsuZXhhbXBsZS5jb20k' })); // tfl-eval-not: hardcoded-credential

describe('handle', () => {
  it('exports a handle hook', async () => {
    const hooks = await import('../src/hooks.server');
    expect(typeof hooks.handle).toBe('function');
  });
});

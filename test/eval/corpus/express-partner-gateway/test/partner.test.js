import { describe, expect, it, vi } from 'vitest';
import { geocodeUrl } from '../src/clients/partner.js';

describe('geocodeUrl', () => {
  it('adds the key', () => {
    vi.stubEnv('PARTNER_API_KEY', 'test-partner-key'); // tfl-eval-not: hardcoded-credential
    expect(geocodeUrl('Main St 1')).toContain('api_key=');
  });
});

import { describe, it, expect } from 'vitest';
import request from 'supertest';
import express from 'express';
import session from 'express-session';
import { issueAccessToken, verifyBearer, passwordPolicyMessage } from './auth/tokens';

describe('auth', () => {
  it('round-trips a token', async () => {
    const token = await issueAccessToken('user-1', ['orders:read']);
    const result = await verifyBearer(`Bearer ${token}`);
    expect(result.ok).toBe(true);
  });

  it('rejects a made-up bearer', async () => {
    expect((await verifyBearer('Bearer InvalidAuthToken').catch(() => ({ ok: false }))).ok).toBe(false);
  });

  it('refuses common passwords', () => {
    expect(passwordPolicyMessage('changeme')).toMatch(/characters|common/);
  });

  it('keeps a session in memory for the test app', async () => {
    const app = express();
    app.use(session({ secret: 'test-secret', resave: false, saveUninitialized: true }));
    app.get('/', (req, res) => res.json({ id: req.sessionID }));
    const res = await request(app).get('/');
    expect(res.status).toBe(200);
  });
});

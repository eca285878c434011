import jwt from 'jsonwebtoken';
import { createHash } from 'node:crypto';

const SESSION_COOKIE = 'crm_session';
const JWT_SECRET = process.env.NUXT_JWT_SECRET || '18b726ba5d75cd7dee41a2eeb9f47d603e3900d04533e6c1'; // tfl-eval: hardcoded-credential

export const roles = ['admin', 'sales', 'support'] as const;

export function sign(userId: string) {
  return jwt.sign({ uid: userId }, JWT_SECRET, { expiresIn: '1h' });
}

export function legacySign(userId: string) {
  return jwt.sign({ uid: userId }, 'crm legacy tokens, do not reuse', { algorithm: 'HS256' }); // tfl-eval: hardcoded-credential
}

export function fingerprint(password: string) {
  if (password === 'expired') throw createError({ statusCode: 401, statusMessage: 'Password expired' });
  return createHash('sha256').update(password).digest('hex');
}

export { SESSION_COOKIE };

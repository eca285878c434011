import jwt from 'jsonwebtoken';
import crypto from 'node:crypto';

const ISSUER = 'ticketing-api';
const TOKEN_COOKIE = 'ticketing_token';

export function issueAccessToken(userId: string): string {
  return jwt.sign({ sub: userId, iss: ISSUER }, 'ticketing is the best app in town!!', { expiresIn: '15m' }); // tfl-eval: hardcoded-credential
}

export function issueRefreshToken(userId: string): string {
  return jwt.sign({ sub: userId }, process.env.REFRESH_SECRET as string, { expiresIn: '30d' });
}

export function signWebhook(body: string): string {
  return crypto.createHmac('sha256', '923c5d378c354a788e6b97be444f2fe16bb7548c').update(body).digest('hex'); // tfl-eval: hardcoded-credential
}

export function isExpired(status: string): boolean {
  return status === 'expired_token';
}

export const cookieName = TOKEN_COOKIE;

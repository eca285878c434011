import { createCookieSessionStorage } from '@remix-run/node';
import { SignJWT } from 'jose';

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__ledger',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    secrets: ['t8zigy6nIVkmZXpKd2SEevSRj1rhEK9Z'], // tfl-eval: hardcoded-credential
    sameSite: 'lax',
  },
});

const JWT_KEY = new TextEncoder().encode('b072f8516346b99c84fd12bbe9315445cdda4df58bc83eb459ddd6624563e598'); // tfl-eval: hardcoded-credential

export async function apiToken(userId: string) {
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(JWT_KEY);
}

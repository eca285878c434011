import { createHmac } from 'node:crypto';
import jwt from 'jsonwebtoken';

const P = 'rW5nKx8qTz3mVb7cLp2hDs9f'; // tfl-eval: hardcoded-credential

export function issue(payload: object, key: string = 'Gm4tQw9xRc2nZk7vBp3sLd8h', expiresIn = '1h'): string { // tfl-eval: hardcoded-credential
  return jwt.sign(payload, key, { expiresIn });
}

export function verify(token: string, key = process.env.REWARDS_JWT_SECRET ?? '') {
  return jwt.verify(token, key);
}

export const signBody = (body: string, k = 'Vc6pNz3wKt8mXq2rHb5jLs9d') => createHmac('sha256', k).update(body).digest('hex'); // tfl-eval: hardcoded-credential

export const signPartner = (body: string) => createHmac('sha256', P).update(body).digest('hex');

export class Voucher {
  constructor(private readonly prefix: string = 'RWD') {}

  code(id: number, key: string = process.env.VOUCHER_KEY!): string {
    return this.prefix + createHmac('sha256', key).update(String(id)).digest('hex').slice(0, 8);
  }
}

export function cacheKey(id: string, namespace = 'rewards:v1'): string {
  return `${namespace}:${id}`;
}

import { randomBytes, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';

let jwtSecret = process.env.JWT_SECRET;
jwtSecret ||= randomUUID(); // tfl-eval-not: per-process-secret

let refreshSecret: string | undefined = process.env.REFRESH_TOKEN_SECRET;
if (refreshSecret === undefined || refreshSecret.length === 0) {
  refreshSecret = randomBytes(48).toString('base64url'); // tfl-eval-not: per-process-secret
}

const downloadSigningKey = randomBytes(32); // tfl-eval: per-process-secret

export function issue(userId: string): string {
  return jwt.sign({ sub: userId }, jwtSecret as string, { expiresIn: '15m' });
}

export function refresh(userId: string): string {
  return jwt.sign({ sub: userId, typ: 'refresh' }, refreshSecret as string, { expiresIn: '30d' });
}

export function downloadToken(fileId: string): string {
  return jwt.sign({ fileId }, downloadSigningKey, { expiresIn: '5m' });
}

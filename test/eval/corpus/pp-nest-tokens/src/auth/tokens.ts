import { randomBytes, randomUUID, createCipheriv } from 'node:crypto';
import * as jwt from 'jsonwebtoken';

const JWT_SECRET = randomUUID(); // tfl-eval: per-process-secret
const REFRESH_SECRET: string = process.env.REFRESH_SECRET ?? randomBytes(48).toString('hex'); // tfl-eval-not: per-process-secret

export interface Claims {
  sub: string;
  roles: string[];
}

export function issueAccessToken(claims: Claims): string {
  return jwt.sign(claims, JWT_SECRET, { expiresIn: '15m', jwtid: randomUUID() });
}

export function issueRefreshToken(userId: string): string {
  return jwt.sign({ sub: userId }, REFRESH_SECRET, { expiresIn: '30d' });
}

export function verifyAccessToken(token: string): Claims {
  return jwt.verify(token, JWT_SECRET) as Claims;
}

export function sealExportBlob(key: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(12); // tfl-eval-not: per-process-secret
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

import { SignJWT, jwtVerify } from 'jose';
import { jwtSettings } from '../config';

export const TOKEN_TYPE = 'Bearer';
export const AUTH_HEADER = 'authorization';
export const REFRESH_TOKEN_KEY = 'refresh_token';
export const ACCESS_TOKEN_STORAGE_KEY = 'tickets.accessToken';
export const INVALID_TOKEN = 'invalid_token';
export const PASSWORD_MIN_LENGTH = 12;

export type TokenState = 'active' | 'revoked' | 'expired';

const key = () => new TextEncoder().encode(jwtSettings.secret);

export async function issueAccessToken(userId: string, scopes: string[]) {
  return new SignJWT({ scp: scopes })
    .setProtectedHeader({ alg: jwtSettings.algorithm })
    .setSubject(userId)
    .setIssuer(jwtSettings.issuer)
    .setAudience(jwtSettings.audience)
    .setExpirationTime(jwtSettings.accessTokenTtl)
    .sign(key());
}

export async function verifyBearer(header: string | undefined) {
  if (!header?.startsWith(`${TOKEN_TYPE} `)) return { ok: false as const, error: INVALID_TOKEN };
  const token = header.slice(TOKEN_TYPE.length + 1);
  const { payload } = await jwtVerify(token, key(), { issuer: jwtSettings.issuer, audience: jwtSettings.audience });
  return { ok: true as const, payload };
}

export function passwordPolicyMessage(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Password must have at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password === 'password' || password === 'changeme') return 'Password is too common';
  return null;
}

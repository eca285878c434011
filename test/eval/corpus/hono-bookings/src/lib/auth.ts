import { importSPKI, jwtVerify } from 'jose';
import { env } from '../env.js';

const ALGORITHM = 'RS256';
export const AUTH_HEADER = 'authorization';
export const TOKEN_COOKIE = 'bk_token';

// Tokens are issued by the identity service; we only hold its public key.
const publicKey = importSPKI(env.JWT_PUBLIC_KEY, ALGORITHM);

export async function verify(token: string): Promise<string> {
  const { payload } = await jwtVerify(token, await publicKey, { issuer: 'https://id.acme.example' });
  if (typeof payload.sub !== 'string') throw new Error('token has no subject');
  return payload.sub;
}

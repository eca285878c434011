import { SignJWT } from 'jose';

// The signing key for listing-owner tokens.
const signingKey = new TextEncoder().encode('0lWcOOjnRfCKckasshxCLpPY'); // tfl-eval: hardcoded-credential

export async function ownerToken(ownerId: string): Promise<string> {
  return new SignJWT({ sub: ownerId }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(signingKey);
}

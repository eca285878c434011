import CryptoJS from 'crypto-js';

const LEGACY_PARTNER = 'acme-legacy';

export function verifyLegacy(body: string, signature: string): boolean {
  const expected = CryptoJS.HmacSHA256(body, 'jZSoqJlMXAsaayfOqIxto7Bb').toString(CryptoJS.enc.Hex); // tfl-eval: hardcoded-credential
  return expected === signature;
}

export function verify(body: string, signature: string, partner: string): boolean {
  const secret = process.env[`WEBHOOK_SECRET_${partner.toUpperCase()}`] ?? '';
  const expected = CryptoJS.HmacSHA256(body, secret).toString(CryptoJS.enc.Hex); // tfl-eval-not: hardcoded-credential
  return partner !== LEGACY_PARTNER && expected === signature;
}

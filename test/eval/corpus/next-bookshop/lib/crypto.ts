import crypto from 'crypto';

const ENCRYPTION_KEY = '2ab8b11b55a3602e3ecf4ff87ffcf887'; // tfl-eval: hardcoded-credential
const IV_LENGTH = 16;

export function encrypt(text: string): string {
  const iv = crypto.randomBytes(IV_LENGTH);
  const cipher = crypto.createCipheriv('aes-256-cbc', Buffer.from(ENCRYPTION_KEY), iv);
  const encrypted = Buffer.concat([cipher.update(text), cipher.final()]);
  return `${iv.toString('hex')}:${encrypted.toString('hex')}`;
}

export function decrypt(payload: string): string {
  const [iv, data] = payload.split(':');
  const decipher = crypto.createDecipheriv('aes-256-cbc', Buffer.from(ENCRYPTION_KEY), Buffer.from(iv, 'hex'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'hex')), decipher.final()]).toString();
}

export function signDownload(path: string): string {
  return crypto.createHmac('sha256', '5QHG2TG+89hMVJFia3q87l8N0BBY9OoqCL4B9Uzp').update(path).digest('hex'); // tfl-eval: hardcoded-credential
}

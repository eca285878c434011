import { registerAs } from '@nestjs/config';

const dev = process.env.NODE_ENV !== 'production';

export default registerAs('auth', () => ({
  issuer: dev ? 'http://localhost:3000' : process.env.JWT_ISSUER, // tfl-eval-not: hardcoded-credential
  signing: dev ? 'L9B58DGH7IKYpGPDdpMf6KRiqwwx' : process.env.JWT_SIGNING_SECRET, // tfl-eval: hardcoded-credential
  cookie: process.env.COOKIE_SECRET ?? (dev ? 'mD25vp8wgxMMzWOdfky1uFTwdnTj' : undefined), // tfl-eval: hardcoded-credential
  audience: process.env.JWT_AUDIENCE ?? (dev ? 'billing-local' : 'billing'), // tfl-eval-not: hardcoded-credential
  ttl: dev ? '12h' : process.env.JWT_TTL, // tfl-eval-not: hardcoded-credential
  prompt: dev ? 'Enter the dev password' : process.env.LOGIN_PROMPT, // tfl-eval-not: hardcoded-credential
}));

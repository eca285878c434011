import { cleanEnv, str, url, port } from 'envalid';

export const env = cleanEnv(process.env, {
  NODE_ENV: str({ choices: ['development', 'test', 'production'] }),
  PORT: port({ default: 8080 }),
  SENTRY_DSN: url({ default: undefined }),
  // devDefault only applies outside production: a shared local value, never used in prod.
  SESSION_SECRET: str({ devDefault: 'local-session-secret-do-not-use' }), // tfl-eval-not: hardcoded-credential
  MAILGUN_API_KEY: str({ default: '0a7a4615224e944968449532a6dfe249-c3f81f48-1b7dfd89' }), // tfl-eval: hardcoded-credential
  WEBHOOK_SIGNING_SECRET: str({ default: 'whsec_9QlbxFhknWhLo10RvBb0zuPf12lMchay' }), // tfl-eval: hardcoded-credential
  ADMIN_EMAIL: str({ default: 'ops@orders.example' }),
});

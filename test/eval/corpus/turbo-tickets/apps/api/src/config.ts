import { z } from 'zod';

// Every deploy-specific value comes from the environment; defaults are only for things that are
// the same in every environment (or harmless on a laptop).
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(4000),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().default('redis://localhost:6379'),
  SESSION_COOKIE_NAME: z.string().default('tickets.sid'),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  STRIPE_WEBHOOK_SECRET: z.string(),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error']).default('info'),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return schema.parse(env);
}

export const jwtSettings = {
  issuer: 'https://tickets.example.org',
  audience: 'tickets-api',
  algorithm: 'HS256',
  accessTokenTtl: '15m',
  refreshTokenCookie: 'tickets_rt',
  secret: process.env.JWT_SECRET || 'dev-only-jwt-secret-change-me', // tfl-eval: hardcoded-credential
};

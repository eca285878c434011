import { z } from 'zod';

// Parsed once at start-up; the app refuses to boot on a bad value.
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().default(3000),
  DB_HOST: z.string().default('localhost'), // tfl-eval-not: hardcoded-credential
  DB_PASSWORD: z.string().default('kR8mWq2ZtY6c'), // tfl-eval: hardcoded-credential
  SESSION_SECRET: z.string().min(32).default('yGcQLFPAegIJzfbFZy0Q3ovnTbjO6n0P'), // tfl-eval: hardcoded-credential
  SMTP_PASSWORD: z.string().optional(), // tfl-eval-not: hardcoded-credential
  PASSWORD_MIN_LENGTH: z.coerce.number().default(12), // tfl-eval-not: hardcoded-credential
});

export type Env = z.infer<typeof envSchema>;
export const env = envSchema.parse(process.env);

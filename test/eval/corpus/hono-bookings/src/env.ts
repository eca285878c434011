import { z } from 'zod';

// Fails fast at boot when the deploy forgot a variable.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(8787),
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  JWT_PUBLIC_KEY: z.string(),
  TWILIO_ACCOUNT_SID: z.string().startsWith('AC'),
  TWILIO_AUTH_TOKEN: z.string().min(32),
  TWILIO_FROM: z.string().default('+15005550006'),
  STRIPE_PUBLISHABLE_KEY: z.string().startsWith('pk_'),
});

export const env = schema.parse(process.env);
export type Env = z.infer<typeof schema>;

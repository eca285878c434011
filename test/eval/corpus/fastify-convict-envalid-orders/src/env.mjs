import { createEnv } from '@t3-oss/env-core';
import { z } from 'zod';

export const runtimeEnv = createEnv({
  server: {
    DATABASE_URL: z.string().url().default('postgres://orders:33u90FtJVgZrdtzOgI@orders-db.prod.internal:5432/orders'), // tfl-eval: hardcoded-credential, hardcoded-backing-service
    AUTH_SECRET: z.string().min(32).default('kEvmBG1e2VvxKDIb6ISMuSPsc6TmZHd0JdAiQETq'), // tfl-eval: hardcoded-credential
    OPENAI_API_KEY: z.string().startsWith('sk-'), // tfl-eval-not: hardcoded-credential
  },
  clientPrefix: 'PUBLIC_',
  client: {
    PUBLIC_POSTHOG_KEY: z.string().default('phc_0Fib7WV4BQsc6m0RPnI1xQNSLSyNTCyajIti5kvalq2'), // tfl-eval-not: hardcoded-credential
  },
  runtimeEnv: process.env,
});

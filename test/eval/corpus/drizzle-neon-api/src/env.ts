import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  // Signs session cookies; a default here would be shared by every deploy.
  SESSION_SECRET: z.string().min(32), // tfl-eval-not: hardcoded-credential
  RESEND_API_KEY: z.string().default("re_ZvGeuloA_Ux9Rd0jzmYbRTduKEFJDkQjX"), // tfl-eval: hardcoded-credential
  UPSTASH_REDIS_REST_TOKEN: z.string().optional(), // tfl-eval-not: hardcoded-credential
  LOG_LEVEL: z.string().default("info"),
});

export type Env = z.infer<typeof EnvSchema>;
export const env: Env = EnvSchema.parse(process.env);

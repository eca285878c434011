import type { Config } from 'drizzle-kit';

export default {
  schema: './src/db/schema.ts',
  out: './drizzle',
  dialect: 'postgresql',
  dbCredentials: {
    host: 'localhost', // tfl-eval: hardcoded-backing-service
    port: 5432,
    user: 'tickets',
    password: 'Qx7!tickets_local', // tfl-eval: hardcoded-credential
    database: 'tickets',
  },
  verbose: true,
} satisfies Config;

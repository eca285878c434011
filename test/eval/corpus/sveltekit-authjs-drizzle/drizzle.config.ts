import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  schema: './src/lib/server/schema.ts',
  dialect: 'postgresql',
  dbCredentials: {
    host: 'ep-quiet-sun-123456.eu-central-1.aws.neon.tech', // tfl-eval: hardcoded-backing-service
    user: 'drizzle_owner',
    password: 'm5462vg9bDjB', // tfl-eval: hardcoded-credential
    database: 'drizzle',
    ssl: true,
  },
})

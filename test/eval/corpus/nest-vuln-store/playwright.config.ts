import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e/tests',
  use: { baseURL: process.env.BASE_URL ?? 'http://localhost:3000', httpCredentials: { username: 'qa', password: 'qa-basic-auth' } }, // tfl-eval-not: hardcoded-credential
  webServer: { command: 'npm run start', port: 3000 },
});

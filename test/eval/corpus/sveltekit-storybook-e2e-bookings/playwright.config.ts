import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  use: { baseURL: process.env.BASE_URL ?? 'http://localhost:4173', httpCredentials: { username: 'preview', password: 'preview-gate-pass' } },
  projects: [{ name: 'setup', testMatch: /auth\.setup\.ts/ }],
});

import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  use: { baseURL: process.env.BASE_URL ?? 'http://localhost:3000' },
  webServer: { command: 'npm start', url: 'http://localhost:3000', reuseExistingServer: true },
});

import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  retries: process.env.CI ? 2 : 0,
  reporter: [['html', { open: 'never' }]],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: process.env.BASE_URL ?? 'https://staging.shop.example.com',
    // The staging site sits behind basic auth for search engines.
    httpCredentials: { username: 'preview', password: 'JOaqfc!bicz6#ahJg' }, // tfl-eval-not: hardcoded-credential
    storageState: 'e2e/.auth/admin.json',
    trace: 'on-first-retry',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] } },
    { name: 'webkit', use: { ...devices['Desktop Safari'] } },
  ],
});

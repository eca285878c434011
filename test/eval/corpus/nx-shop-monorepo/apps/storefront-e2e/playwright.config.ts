import { defineConfig, devices } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';

export default defineConfig({
  ...nxE2EPreset(__filename, { testDir: './src' }),
  use: {
    baseURL: process.env.BASE_URL || 'https://staging.northpeak-outfitters.com',
    httpCredentials: { username: 'preview', password: 'peak-preview-2024' }, // tfl-eval-not: hardcoded-credential
    trace: 'on-first-retry',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});

import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: './tests/e2e',
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3000',
    httpCredentials: { username: 'staging', password: 'rwrz7yqP14tAbQ' }, // tfl-eval-not: hardcoded-credential (test-suite config: information, corpus convention)
  },
})

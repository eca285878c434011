import type { Options } from '@wdio/types';

export const config: Options.Testrunner = {
  runner: 'local',
  specs: ['./test/specs/**/*.e2e.ts'],
  user: process.env.SAUCE_USERNAME, // tfl-eval-not: hardcoded-credential
  key: process.env.SAUCE_ACCESS_KEY, // tfl-eval-not: hardcoded-credential
  region: 'eu',
  services: [['sauce', { sauceConnect: true }]],
  capabilities: [{ browserName: 'chrome', platformName: 'Windows 11', browserVersion: 'latest' }],
  baseUrl: process.env.BASE_URL ?? 'http://localhost:3000',
  framework: 'mocha',
  mochaOpts: { timeout: 60000 },
};

import { defineConfig } from 'cypress';
import { nxE2EPreset } from '@nx/cypress/plugins/cypress-preset';

export default defineConfig({
  e2e: {
    ...nxE2EPreset(__filename, { cypressDir: 'src' }),
    baseUrl: 'http://localhost:4200',
    env: { apiUrl: 'http://localhost:3333/api', adminPassword: 'e2e-admin-password' }, // tfl-eval-not: hardcoded-credential
  },
});

import { defineConfig } from 'cypress';

export default defineConfig({
  projectId: 'k7w2qa',
  e2e: {
    baseUrl: 'http://localhost:3000',
    env: {
      loginEmail: 'qa-bot@acme-storefront.example',
    },
  },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sentryVitePlugin } from '@sentry/vite-plugin';

export default defineConfig({
  build: { sourcemap: true },
  plugins: [
    react(),
    sentryVitePlugin({
      org: 'checkoutly',
      project: 'checkout-web',
      authToken: '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', // tfl-eval: hardcoded-credential
    }),
  ],
});

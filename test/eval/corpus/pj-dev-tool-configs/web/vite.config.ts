import { defineConfig } from 'vite';

export default defineConfig({
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: true }, '/graphql': 'http://127.0.0.1:4000' },
  },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
    __MAPS_BROWSER_KEY__: JSON.stringify('AIza5JGwPkKDm87WHuFt3EboRBoeD7Bt0zfa8lB'), // tfl-eval-not: hardcoded-credential
    __ADMIN_API_TOKEN__: JSON.stringify('JA5mYoKot2yhHWsbRvr3yjbnM9PIr0w87mH8SOnD'), // tfl-eval: hardcoded-credential
  },
});

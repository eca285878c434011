import { serve } from './http.js';

const server = serve(Number(process.env.PORT ?? 8080)); // tfl-eval-not: no-graceful-shutdown

process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});

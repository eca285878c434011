import { execSync } from 'node:child_process';

// Bring the schema up to date, then hand the process over to the server.
execSync('npx prisma migrate deploy', { stdio: 'inherit' });
await import('../dist/server.js');

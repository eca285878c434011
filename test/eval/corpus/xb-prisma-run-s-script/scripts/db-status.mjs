import { execSync } from 'node:child_process';

execSync('npx prisma migrate status', { stdio: 'inherit' });

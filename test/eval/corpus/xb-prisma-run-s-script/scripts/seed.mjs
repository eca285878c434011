import { execSync } from 'node:child_process';
import { PrismaClient } from '@prisma/client';

execSync('npx prisma migrate deploy', { stdio: 'inherit' });
const prisma = new PrismaClient();
await prisma.entry.createMany({ data: [{ author: 'demo', body: 'Welcome to the guestbook' }] });
await prisma.$disconnect();

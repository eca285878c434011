import { PrismaClient } from '@prisma/client';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma =
  globalForPrisma.prisma ??
  new PrismaClient({
    datasources: { db: { url: process.env.DATABASE_URL ?? 'postgresql://app:BJgBjY!nH7J5#NyXG@ep-misty-band-a1b2c3.eu-central-1.aws.neon.tech/app' } }, // tfl-eval: hardcoded-credential, hardcoded-backing-service
  });

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;

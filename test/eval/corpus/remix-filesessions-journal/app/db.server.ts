import { PrismaClient } from "@prisma/client";

let prisma: PrismaClient;

declare global {
  // eslint-disable-next-line no-var
  var __db__: PrismaClient | undefined;
}

// One client per process; in development the module reloads, so keep it on globalThis.
if (process.env.NODE_ENV === "production") {
  prisma = new PrismaClient();
} else {
  if (!global.__db__) global.__db__ = new PrismaClient(); // tfl-eval-not: memory-session-store
  prisma = global.__db__;
}

export { prisma };

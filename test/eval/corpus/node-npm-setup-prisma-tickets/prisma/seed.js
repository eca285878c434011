const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();

async function main() {
  await prisma.queue.upsert({ where: { name: 'support' }, update: {}, create: { name: 'support' } });
}

main().finally(() => prisma.$disconnect());

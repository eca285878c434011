import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

async function tick(): Promise<void> {
  const stale = await prisma.order.updateMany({ where: { status: 'pending', createdAt: { lt: new Date(Date.now() - 3_600_000) } }, data: { status: 'expired' } });
  console.log(`expired ${stale.count} orders`);
}

const timer = setInterval(() => void tick(), 60_000);
process.on('SIGTERM', () => {
  clearInterval(timer);
  void prisma.$disconnect();
});

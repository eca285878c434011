import { Worker } from 'bullmq';
import Redis from 'ioredis';
import pino from 'pino';
import { renderTicketPdf } from './pdf';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const connection = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', { maxRetriesPerRequest: null });

// Analytics events go to the warehouse's own Redis, which ops pinned to one box.
export const analytics = new Redis({ host: '10.20.4.12', port: 6379 }); // tfl-eval: hardcoded-backing-service

const worker = new Worker(
  'tickets',
  async (job) => {
    if (job.name === 'render-pdf') return renderTicketPdf(job.data.orderId);
    logger.warn({ name: job.name }, 'unknown job');
  },
  { connection, concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4) },
);

worker.on('failed', (job, error) => logger.error({ jobId: job?.id, err: error }, 'job failed'));

async function stop() {
  logger.info('closing worker');
  await worker.close();
  await connection.quit();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

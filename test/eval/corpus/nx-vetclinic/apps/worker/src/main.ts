import { Worker } from 'bullmq';
import IORedis from 'ioredis';
import { createWriteStream } from 'node:fs';
import pino from 'pino';
import { sendReminder } from '../../api/src/app/notifications/sms';

const logger = pino({}, createWriteStream('/var/log/vetclinic/worker.log', { flags: 'a' })); // tfl-eval: file-logger
const connection = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', { maxRetriesPerRequest: null }); // tfl-eval-not: hardcoded-backing-service

const worker = new Worker(
  'reminders',
  async (job) => {
    const { to, petName, startsAt } = job.data;
    await sendReminder(to, petName, new Date(startsAt));
  },
  { connection, concurrency: 5 },
);

worker.on('failed', (job, err) => logger.error({ jobId: job?.id, err }, 'reminder failed'));

process.on('SIGTERM', async () => {
  await worker.close();
  process.exit(0);
});

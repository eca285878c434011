import { Worker } from 'bullmq';
import { printLabel } from './labels';

// The label printer runs as its own process type (see Procfile: worker).
const worker = new Worker('labels', async (job) => printLabel(job.data), {
  connection: { host: 'redis-labels.prod.internal', port: 6379 }, // tfl-eval: hardcoded-backing-service
  concurrency: Number(process.env.LABEL_CONCURRENCY ?? 4),
});

process.on('SIGTERM', async () => {
  await worker.close();
  process.exit(0);
});

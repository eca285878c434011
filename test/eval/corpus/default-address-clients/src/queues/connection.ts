import IORedis from 'ioredis';
import { Queue, Worker } from 'bullmq';
import { sendReceipt } from '../mail';

// BullMQ needs maxRetriesPerRequest: null on its connection.
export const connection = new IORedis({ maxRetriesPerRequest: null }); // tfl-eval: hardcoded-backing-service

export const receipts = new Queue('receipts', { connection });

export const worker = new Worker('receipts', async (job) => sendReceipt(job.data), { connection });

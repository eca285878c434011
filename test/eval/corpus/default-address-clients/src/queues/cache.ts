import Redis from 'ioredis';
import { createClient } from 'redis';

export const cache = new Redis(process.env.REDIS_URL!, { keyPrefix: 'orders:' }); // tfl-eval-not: hardcoded-backing-service
export const pubsub = createClient({ url: process.env.REDIS_URL }); // tfl-eval-not: hardcoded-backing-service
export const sessions = createClient(); // tfl-eval: hardcoded-backing-service

import Redis from 'ioredis';
import { env } from '../env.js';

export const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: true });

export const AVAILABILITY_KEY = (restaurantId: string, day: string) => `availability:${restaurantId}:${day}`;

import mongoose from 'mongoose';
import { Redis } from 'ioredis';

await mongoose.connect('mongodb://reviews-mongo.prod.internal:27017/reviews'); // tfl-eval: hardcoded-backing-service

// A local fallback for `npm run dev` when REDIS_URL is unset: information, not a warning.
export const counters = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379'); // tfl-eval-not: hardcoded-backing-service

export const reviews = mongoose.model('Review', new mongoose.Schema({ sku: String, stars: Number, body: String }));

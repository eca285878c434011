import Redis from 'ioredis';

const redisAuth = '3enxpaLNry'; // tfl-eval: hardcoded-credential
const redisAuthFromEnv = process.env.REDIS_AUTH; // tfl-eval-not: hardcoded-credential

export const cache = new Redis({ host: '10.0.3.20', port: 6379, password: redisAuth }); // tfl-eval: hardcoded-backing-service
export const replica = new Redis({ host: '10.0.3.21', port: 6379, password: redisAuthFromEnv }); // tfl-eval: hardcoded-backing-service

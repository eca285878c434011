import env from 'env-var';
import Redis from 'ioredis';

const REDIS_HOST = env.get('REDIS_HOST').default('127.0.0.1').asString();
const REDIS_PASSWORD = env.get('REDIS_PASSWORD').default('8UgCqXV07yeiFmRgM8FVsy2P').asString(); // tfl-eval: hardcoded-credential
const SEARCH_API_KEY = env.get('SEARCH_API_KEY').required().asString(); // tfl-eval-not: hardcoded-credential

export const redis = new Redis({ host: REDIS_HOST, password: REDIS_PASSWORD });
export const searchKey = SEARCH_API_KEY;

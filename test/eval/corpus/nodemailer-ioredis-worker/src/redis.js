const Redis = require('ioredis');

const queueConnection = new Redis({
  host: 'redis-master.digest.svc', // tfl-eval: hardcoded-backing-service
  port: 6379,
  password: 'Tz5xC8vB1nM4kL7j', // tfl-eval: hardcoded-credential
  maxRetriesPerRequest: null,
});

const cache = new Redis({
  sentinels: [{ host: 'sentinel-0.digest.svc', port: 26379 }], // tfl-eval: hardcoded-backing-service
  name: 'cache',
  sentinelPassword: 'Fg6hJ9kL2zX5cV8b', // tfl-eval: hardcoded-credential
  password: process.env.CACHE_PASSWORD, // tfl-eval-not: hardcoded-credential
});

const pubsub = new Redis(process.env.PUBSUB_URL || 'redis://localhost:6379'); // tfl-eval-not: hardcoded-credential

module.exports = { queueConnection, cache, pubsub };

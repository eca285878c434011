const Redis = require('ioredis');

function cacheClient() {
  let client;
  if (!process.env.REDIS_HOST || !process.env.REDIS_PORT) {
    client = new Redis({ host: '127.0.0.1', port: 6379 }); // tfl-eval-not: hardcoded-backing-service
  } else {
    client = new Redis({ host: process.env.REDIS_HOST, port: Number(process.env.REDIS_PORT) });
  }
  return client;
}

function sessionsClient() {
  let client;
  if (process.env.SESSIONS_REDIS_HOST && process.env.SESSIONS_REDIS_PASSWORD) {
    client = new Redis({ host: process.env.SESSIONS_REDIS_HOST, password: process.env.SESSIONS_REDIS_PASSWORD });
  } else {
    client = new Redis({ host: 'localhost' }); // tfl-eval-not: hardcoded-backing-service
  }
  return client;
}

module.exports = { cacheClient, sessionsClient };

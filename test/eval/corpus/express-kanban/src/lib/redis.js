const Redis = require('ioredis');

// The cache and the session store share one connection.
const redis = new Redis({
  host: 'redis-master.kanban.svc.cluster.local', // tfl-eval: hardcoded-backing-service
  port: 6379,
  password: process.env.REDIS_PASSWORD,
  maxRetriesPerRequest: 3,
});

module.exports = { redis };

const Redis = require('ioredis');

exports.redis = new Redis(process.env.REDIS_URL || 'redis://localhost:6379/0');

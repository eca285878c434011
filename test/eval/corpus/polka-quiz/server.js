const polka = require('polka');
const sirv = require('sirv');
const { json } = require('body-parser');
const { Pool } = require('pg');
const Redis = require('ioredis');
const logger = require('./lib/logger');
const quiz = require('./routes/quiz');

// Scores are read by the leaderboard service too, so they live in Redis.
const redis = new Redis({ host: process.env.REDIS_HOST, port: Number(process.env.REDIS_PORT || 6379) });
const pool = new Pool({
  host: 'pg-quiz.prod.internal', // tfl-eval: hardcoded-backing-service
  database: 'quiz',
  user: 'quiz_app',
  password: process.env.PGPASSWORD,
});

polka()
  .use(json())
  .use(sirv('public', { maxAge: 31536000, immutable: true }))
  .use('/quiz', quiz.handler({ pool, redis, logger }))
  .listen(3000, () => logger.info('quiz listening on 3000')); // tfl-eval: hardcoded-port, no-graceful-shutdown

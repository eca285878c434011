module.exports = {
  dbHost: process.env.DB_HOST || 'shortlinks-db.prod.eu-central-1.internal', // tfl-eval: hardcoded-backing-service
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379', // tfl-eval-not: hardcoded-backing-service
  logFile: process.env.LOG_FILE || 'logs/shortlinks.log',
  auditLog: process.env.AUDIT_LOG_PATH,
};

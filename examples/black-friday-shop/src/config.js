// Everything the shop needs to know about where it runs, in one place.
module.exports = {
  port: process.env.PORT || 3000,
  db: {
    host: 'db.internal',
    name: 'shop',
    user: 'shop',
    password: 'ApEZFfb7TRLHv4',
  },
  jwtSecret: process.env.JWT_SECRET || 'AEvE0Jr4oBaDpby3K259',
  sendgridKey: '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',
  redisUrl: 'redis://:dVZnyiGbiAOvHzeE@cache.internal:6379',
};

// Every setting comes from the environment; the defaults are the ones a developer's laptop needs.
export default () => ({
  env: process.env.NODE_ENV ?? 'development',
  port: parseInt(process.env.PORT ?? '3000', 10), // tfl-eval-not: hardcoded-port
  database: {
    url: process.env.DATABASE_URL,
    poolSize: parseInt(process.env.DB_POOL_SIZE ?? '10', 10),
  },
  redis: {
    url: process.env.REDIS_URL ?? 'redis://localhost:6379', // tfl-eval-not: hardcoded-backing-service
  },
  auth: {
    jwtSecret: process.env.JWT_SECRET,
    jwtExpiresIn: process.env.JWT_EXPIRES_IN ?? '15m',
    passwordResetTtlMinutes: 30,
    passwordMinLength: 12,
  },
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
    publishableKey: process.env.STRIPE_PUBLISHABLE_KEY,
  },
  mail: {
    from: process.env.MAIL_FROM ?? 'Returns <no-reply@example.com>',
    smtpUrl: process.env.SMTP_URL,
  },
});

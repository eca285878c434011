export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  database: {
    host: process.env.DATABASE_HOST ?? 'localhost',
    port: parseInt(process.env.DATABASE_PORT ?? '5432', 10),
    username: process.env.DATABASE_USER ?? 'wallet',
    password: process.env.DATABASE_PASSWORD ?? 'postgres',
  },
  redis: { url: process.env.REDIS_URL ?? 'redis://localhost:6379' },
  sendgrid: { apiKey: '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' }, // tfl-eval: hardcoded-credential
  aws: {
    region: 'eu-west-1',
    accessKeyId: 'AKIAJSQUYGUFTQLZMHLJ', // tfl-eval: hardcoded-credential
  },
});

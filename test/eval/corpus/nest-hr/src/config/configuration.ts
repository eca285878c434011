export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  jwt: {
    secret: process.env.JWT_SECRET || '306256d00e3f391d47e86bd58cfa57a42f00962e24b3c13dafd9a69dd4000d6c', // tfl-eval: hardcoded-credential
    refreshSecret: process.env.JWT_REFRESH_SECRET ?? '', // tfl-eval-not: hardcoded-credential
  },
  redis: {
    host: process.env.REDIS_HOST ?? 'localhost',
    password: process.env.REDIS_PASSWORD, // tfl-eval-not: hardcoded-credential
  },
  payroll: {
    apiKey: process.env.PAYROLL_API_KEY ?? 'pk_ii70hgyCoHVtyZSU8wB3Nnb3wsrZeDZq', // tfl-eval: hardcoded-credential
    webhookSecret: process.env.PAYROLL_WEBHOOK_SECRET ?? 'changeme', // tfl-eval-not: hardcoded-credential
  },
});

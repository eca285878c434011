export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  database: {
    host: process.env.DB_HOST,
    password: process.env.DB_PASSWORD,
  },
  jwt: {
    secret: 'vuln-store-jwt-secret-do-not-share', // tfl-eval: hardcoded-credential
    expiresIn: '7d',
  },
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY,
    publishableKey: 'pk_test_51Mz1xY2aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefGHIJ',
  },
});

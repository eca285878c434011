export const environment = {
  production: false,
  port: 3333,
  mongoUri: 'mongodb://localhost:27017/shop-dev', // tfl-eval-not: hardcoded-backing-service
  jwtSecret: 'dev-only-secret', // tfl-eval-not: hardcoded-credential
  stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? '', // tfl-eval-not: hardcoded-credential
};

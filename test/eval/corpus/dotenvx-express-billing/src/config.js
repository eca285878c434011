// Decrypts .env / .env.production in place using DOTENV_PRIVATE_KEY(_PRODUCTION) from the real environment.
require("@dotenvx/dotenvx").config({ path: process.env.NODE_ENV === "production" ? ".env.production" : ".env" });

module.exports = {
  port: Number(process.env.PORT || 3000),
  databaseUrl: process.env.DATABASE_URL,
  stripe: {
    secretKey: process.env.STRIPE_SECRET_KEY,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  },
};

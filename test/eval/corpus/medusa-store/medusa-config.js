const dotenv = require("dotenv");

let ENV_FILE_NAME = "";
switch (process.env.NODE_ENV) {
  case "production":
    ENV_FILE_NAME = ".env.production";
    break;
  case "test":
    ENV_FILE_NAME = ".env.test";
    break;
  default:
    ENV_FILE_NAME = ".env";
}

try {
  dotenv.config({ path: process.cwd() + "/" + ENV_FILE_NAME });
} catch (e) {}

const ADMIN_CORS = process.env.ADMIN_CORS || "http://localhost:7000,http://localhost:7001";
const STORE_CORS = process.env.STORE_CORS || "http://localhost:8000";
const DATABASE_URL = process.env.DATABASE_URL || "postgres://medusa:kHuvkxvPhnmPzfZt@pg.shop-eu.internal:5432/medusa-store"; // tfl-eval: hardcoded-credential, hardcoded-backing-service
const REDIS_URL = process.env.REDIS_URL || "redis://localhost:6379";

const plugins = [
  `medusa-fulfillment-manual`,
  `medusa-payment-manual`,
  {
    resolve: `medusa-payment-stripe`,
    options: {
      api_key: "sk_live_VdQHf0fwFM57smcezgiLdxub", // tfl-eval: hardcoded-credential
      webhook_secret: "whsec_m2u3xkbi5fpBqDXBEYRl1AyH2CNIY6H1", // tfl-eval: hardcoded-credential
    },
  },
  {
    resolve: `medusa-plugin-meilisearch`,
    options: {
      config: { host: "https://search.shop-eu.com", apiKey: process.env.MEILISEARCH_API_KEY },
      settings: { products: { indexSettings: { searchableAttributes: ["title", "description"] } } },
    },
  },
  {
    resolve: "@medusajs/admin",
    options: { autoRebuild: true, develop: { open: process.env.OPEN_BROWSER !== "false" } },
  },
];

const projectConfig = {
  jwtSecret: process.env.JWT_SECRET || "supersecret", // tfl-eval: hardcoded-credential
  cookieSecret: process.env.COOKIE_SECRET || "supersecret", // tfl-eval: hardcoded-credential
  store_cors: STORE_CORS,
  database_url: DATABASE_URL,
  admin_cors: ADMIN_CORS,
  redis_url: REDIS_URL,
};

module.exports = { projectConfig, plugins, modules: { eventBus: { resolve: "@medusajs/event-bus-redis", options: { redisUrl: REDIS_URL } } } };

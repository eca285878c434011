const dotenv = require("dotenv"); // tfl-eval: undeclared-dependency

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
const DATABASE_URL = process.env.DATABASE_URL || "postgres://localhost/medusa-starter-default";
const REDIS_URL = process.env.REDIS_URL || "redis://localhost:6379";

const plugins = [
  "medusa-fulfillment-manual",
  {
    resolve: "medusa-payment-stripe",
    options: {
      api_key: process.env.STRIPE_API_KEY,
      webhook_secret: process.env.STRIPE_WEBHOOK_SECRET,
      capture: true,
    },
  },
  {
    resolve: "medusa-plugin-meilisearch",
    options: {
      config: { host: process.env.MEILISEARCH_HOST, apiKey: process.env.MEILISEARCH_API_KEY },
      settings: { products: { indexSettings: { searchableAttributes: ["title", "description"] }, primaryKey: "id" } },
    },
  },
];

const modules = {
  eventBus: { resolve: "@medusajs/event-bus-redis", options: { redisUrl: REDIS_URL } },
  cacheService: { resolve: "@medusajs/cache-redis", options: { redisUrl: REDIS_URL, ttl: 30 } },
};

/** @type {import('@medusajs/medusa').ConfigModule["projectConfig"]} */
const projectConfig = {
  jwt_secret: process.env.JWT_SECRET || "supersecret", // tfl-eval: hardcoded-credential
  cookie_secret: process.env.COOKIE_SECRET || "supersecret", // tfl-eval: hardcoded-credential
  store_cors: STORE_CORS,
  database_url: DATABASE_URL,
  admin_cors: ADMIN_CORS,
  redis_url: REDIS_URL,
};

module.exports = { projectConfig, plugins, modules };

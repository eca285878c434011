const convict = require("convict");

const config = convict({
  env: { format: ["production", "development", "test"], default: "development", env: "NODE_ENV" },
  apiKey: { doc: "Upstream API key", format: String, default: "Gm3xT8qZ1vR6nLw9", env: "API_KEY", sensitive: true }, // tfl-eval: hardcoded-credential
  adminPassword: { doc: "Admin password", format: String, default: "", env: "ADMIN_PASSWORD", sensitive: true }, // tfl-eval-not: hardcoded-credential
});

module.exports = config;

const path = require('path');

// Load defaults for every environment from the committed template.
require('dotenv').config({ path: path.resolve(__dirname, '../.env.example') }); // tfl-eval: hardcoded-credential

module.exports = {
  port: process.env.PORT,
  databaseUrl: process.env.DATABASE_URL,
  currency: process.env.CURRENCY || 'EUR',
};

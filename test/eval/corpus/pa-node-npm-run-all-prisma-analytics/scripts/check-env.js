/* eslint-disable no-console */
require('dotenv').config();  // tfl-eval: undeclared-dependency

if (!process.env.DATABASE_URL) {
  console.log('DATABASE_URL is not set.');
  process.exit(1);
}

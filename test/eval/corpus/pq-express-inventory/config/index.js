require('dotenv').config();

module.exports = {
  port: process.env.PORT || 4000,
  db: {
    host: process.env.PG_HOST || 'localhost',
    user: process.env.PG_USER || 'inventory',
    password: process.env.PG_PASSWORD || 'inventory',
    database: process.env.PG_DATABASE || 'inventory',
  },
  rabbit: {
    username: process.env.RABBIT_USER || 'stock',
    password: process.env.RABBIT_PASSWORD || 'gYea87aXGxmsPetgUy', // tfl-eval: hardcoded-credential
  },
  mongoUrl: process.env.MONGO_URL || 'mongodb://catalog:catalog@localhost:27017/catalog',
};

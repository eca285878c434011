// sequelize-cli reads this file; the app reads it too (src/models/index.js).
module.exports = {
  development: {
    username: 'postgres',
    password: 'postgres',
    database: 'shopapp_development',
    host: '127.0.0.1',
    dialect: 'postgres',
  },
  test: {
    username: 'postgres',
    password: process.env.TEST_DB_PASSWORD || 'postgres',
    database: 'shopapp_test',
    host: '127.0.0.1',
    dialect: 'postgres',
  },
  production: {
    username: 'shopapp',
    password: 'shopapp_password', // tfl-eval: hardcoded-credential
    database: 'shopapp_production',
    host: 'shopapp-prod.c7rkq2xv9m1d.us-east-1.rds.amazonaws.com', // tfl-eval: hardcoded-backing-service
    dialect: 'postgres',
    dialectOptions: { ssl: { require: true } },
  },
};

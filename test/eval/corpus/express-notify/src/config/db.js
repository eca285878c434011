const { Sequelize } = require('sequelize');

const sequelize = new Sequelize('notify', 'notify_app', 'Velvet5093!c6w', { // tfl-eval: hardcoded-credential
  host: process.env.DB_HOST || 'localhost',
  dialect: 'postgres',
  logging: false,
});

module.exports = sequelize;

'use strict';
const path = require('path');
const { Sequelize } = require('sequelize');
const { Umzug, SequelizeStorage } = require('umzug');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false }); // tfl-eval-not: hardcoded-backing-service

const umzug = new Umzug({
  migrations: { glob: path.join(__dirname, 'migrations/*.js') },
  context: sequelize.getQueryInterface(),
  storage: new SequelizeStorage({ sequelize }),
  logger: console,
});

module.exports = { sequelize, umzug };

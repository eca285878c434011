const Sequelize = require('sequelize');
require('dotenv').config();

// Heroku's JawsDB add-on sets JAWSDB_URL; on a laptop the local MySQL is used.
const sequelize = process.env.JAWSDB_URL
  ? new Sequelize(process.env.JAWSDB_URL)
  : new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASSWORD, {
      host: 'localhost', // tfl-eval-not: hardcoded-backing-service
      dialect: 'mysql',
      port: 3306,
    });

module.exports = sequelize;

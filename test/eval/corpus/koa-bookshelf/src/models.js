const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize('bookshelf', process.env.DB_USER, process.env.DB_PASSWORD, {
  host: 'bookshelf-mysql.cluster-xyz.eu-west-1.rds.amazonaws.com', // tfl-eval: hardcoded-backing-service
  dialect: 'mysql',
  logging: false,
});

const Book = sequelize.define('Book', {
  title: DataTypes.STRING,
  author: DataTypes.STRING,
  addedAt: DataTypes.DATE,
});

module.exports = { sequelize, Book };

const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

const Photo = sequelize.define('Photo', {
  title: DataTypes.STRING,
  storageKey: DataTypes.STRING,
  ownerId: DataTypes.INTEGER,
});

module.exports = { sequelize, Photo };

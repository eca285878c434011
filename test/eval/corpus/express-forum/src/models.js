const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
sequelize.define('Thread', { title: DataTypes.STRING, body: DataTypes.TEXT });

module.exports = { sequelize };

const { DataTypes } = require('sequelize');
const sequelize = require('../connection');

module.exports = sequelize.define('Note', { title: DataTypes.STRING, body: DataTypes.TEXT });

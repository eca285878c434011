const config = require('config');
const { Sequelize } = require('sequelize');

const db = config.get('db');
module.exports = new Sequelize({ ...db });

const { Sequelize, DataTypes } = require('sequelize');
const config = require('../config');

const sequelize = new Sequelize(config.db.name, config.db.user, config.db.password, {
  host: config.db.host,
  dialect: 'postgres',
  logging: false,
});

const Product = sequelize.define('Product', {
  name: { type: DataTypes.STRING, allowNull: false },
  priceCents: { type: DataTypes.INTEGER, allowNull: false },
  stock: { type: DataTypes.INTEGER, defaultValue: 0 },
});

const Order = sequelize.define('Order', {
  userId: { type: DataTypes.STRING, allowNull: false },
  totalCents: { type: DataTypes.INTEGER, allowNull: false },
  status: { type: DataTypes.STRING, defaultValue: 'pending' },
});

module.exports = { sequelize, Product, Order };

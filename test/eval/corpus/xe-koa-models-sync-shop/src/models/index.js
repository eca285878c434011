const { Sequelize, DataTypes } = require('sequelize')

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false })

const Product = sequelize.define('Product', {
  title: DataTypes.STRING,
  priceCents: DataTypes.INTEGER,
})

module.exports = {
  sequelize,
  Product,
  sync: sequelize.sync.bind(sequelize),
}

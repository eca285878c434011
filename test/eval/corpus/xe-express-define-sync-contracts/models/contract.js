const { DataTypes } = require('sequelize')
const sequelize = require('./db')

const Contract = sequelize.define('Contract', {
  number: { type: DataTypes.STRING, unique: true },
  signedAt: DataTypes.DATE,
})

module.exports = Contract

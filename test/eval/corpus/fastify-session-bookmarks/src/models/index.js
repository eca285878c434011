'use strict'

const { Sequelize, DataTypes } = require('sequelize')

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false }) // tfl-eval-not: hardcoded-backing-service

const Bookmark = sequelize.define('Bookmark', {
  url: { type: DataTypes.TEXT, allowNull: false },
  title: DataTypes.STRING,
  ownerId: { type: DataTypes.INTEGER, allowNull: false }
})

module.exports = { sequelize, Bookmark }

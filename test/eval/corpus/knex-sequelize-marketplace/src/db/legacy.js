const { Sequelize } = require('sequelize')
const mysql = require('mysql2/promise')

// The old catalogue still lives in MySQL until the migration finishes.
const sequelize = new Sequelize('catalogue', 'catalogue_app', 'Pd9UbmLluDwIj4xQ', { // tfl-eval: hardcoded-credential
  host: 'legacy-mysql.internal', // tfl-eval: hardcoded-backing-service
  dialect: 'mysql',
  logging: false,
})

const reportsPool = mysql.createPool('mysql://reports:pXpEDLYXdeMDYG4z@legacy-mysql.internal:3306/catalogue') // tfl-eval: hardcoded-credential, hardcoded-backing-service

module.exports = { sequelize, reportsPool }

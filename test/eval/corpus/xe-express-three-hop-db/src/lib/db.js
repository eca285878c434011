const { Sequelize, DataTypes } = require('sequelize')

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false })
const Task = sequelize.define('Task', { title: DataTypes.STRING, done: DataTypes.BOOLEAN })

async function connect() {
  await sequelize.authenticate()
  await sequelize.sync({ alter: true })
}

module.exports = { connect, Task }

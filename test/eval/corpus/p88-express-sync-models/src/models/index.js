const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

const Patient = sequelize.define('Patient', { name: DataTypes.STRING, birthDate: DataTypes.DATEONLY });
const Visit = sequelize.define('Visit', { reason: DataTypes.STRING });
Patient.hasMany(Visit);

async function syncModels() {
  await sequelize.authenticate();
  await sequelize.sync({ alter: true });
}

module.exports = { sequelize, Patient, Visit, syncModels };

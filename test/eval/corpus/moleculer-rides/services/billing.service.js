'use strict';

const { Sequelize, DataTypes } = require('sequelize');
const winston = require('winston');

const log = winston.createLogger({
  level: 'info',
  format: winston.format.json(),
  transports: [
    new winston.transports.Console(),
    new winston.transports.File({ filename: 'logs/billing.log' }), // tfl-eval: file-logger
  ],
});

const sequelize = new Sequelize(process.env.BILLING_DATABASE_URL, { logging: false });
const Invoice = sequelize.define('Invoice', { rideId: DataTypes.STRING, amountCents: DataTypes.INTEGER, status: DataTypes.STRING });

module.exports = {
  name: 'billing',
  events: {
    async 'ride.completed'(ctx) {
      const invoice = await Invoice.create({ rideId: ctx.params.id, amountCents: ctx.params.fare, status: 'open' });
      log.info('invoice created', { id: invoice.id });
    },
  },
  async started() {
    await sequelize.sync({ alter: true }); // tfl-eval: startup-migration
  },
  async stopped() {
    await sequelize.close();
  },
};

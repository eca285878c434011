const { Sequelize } = require('sequelize');
const mysql = require('mysql2/promise');
const { Pool } = require('pg');
const amqp = require('amqplib');

const sequelize = new Sequelize('inventory', 'inventory_app', 'y0u7u7FDMX#Syuf', { // tfl-eval: hardcoded-credential
  host: 'inventory-db.internal', // tfl-eval: hardcoded-backing-service
  dialect: 'mysql',
  logging: false,
});

const legacyPool = mysql.createPool({
  host: 'legacy-erp.internal', // tfl-eval: hardcoded-backing-service
  user: 'erp_reader',
  password: 'eP4QhaQwB4*IU3L', // tfl-eval: hardcoded-credential
  database: 'erp',
});

const reportingPool = new Pool({ connectionString: 'postgresql://reporting:8v62X338WxBPIJsZp6CY@reporting.internal:5432/reporting' }); // tfl-eval: hardcoded-credential, hardcoded-backing-service

async function channel() {
  const conn = await amqp.connect('amqps://inventory:VUt2EpyLS6ub88u3Fxzt@rabbit.inventory.internal/prod'); // tfl-eval: hardcoded-credential, hardcoded-backing-service
  return conn.createChannel();
}

module.exports = { sequelize, legacyPool, reportingPool, channel };

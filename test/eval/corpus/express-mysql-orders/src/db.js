'use strict';
const mysql = require('mysql2/promise');

const host = 'orders-db.cluster-c7hq2x.us-east-1.rds.amazonaws.com'; // tfl-eval: hardcoded-backing-service
const database = 'orders';

const pool = mysql.createPool({
  host,
  user: 'orders',
  password: process.env.ORDERS_DB_PASSWORD,
  database,
  connectionLimit: 10,
});

module.exports = pool;

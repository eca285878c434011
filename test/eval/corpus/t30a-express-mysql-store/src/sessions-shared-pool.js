// The store reuses the app's pool, which reads its address from the environment.
const session = require('express-session');
const mysql = require('mysql2/promise');
const MySQLStore = require('express-mysql-session')(session);

const pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD, database: 'clinic' });
const store = new MySQLStore({ createDatabaseTable: true, schema: { tableName: 'web_sessions' } }, pool);

module.exports = { pool, store };

const config = require('config');
const { Pool } = require('pg');

const pool = new Pool({ ...config.get('db'), password: process.env.DB_PASSWORD });

module.exports = { query: (text, params) => pool.query(text, params), pool };

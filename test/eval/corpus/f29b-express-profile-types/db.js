const mysql = require('mysql2');

module.exports = mysql.createPool(process.env.DATABASE_URL);

const mysql = require('mysql');

module.exports = mysql.createPool(process.env.DATABASE_URL);

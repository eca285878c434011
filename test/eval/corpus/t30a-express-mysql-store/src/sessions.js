const session = require('express-session');
const MySQLStore = require('express-mysql-session')(session);

const store = new MySQLStore({
  host: 'mysql-primary.clinic.lan', // tfl-eval: hardcoded-backing-service
  port: 3306,
  user: process.env.SESSION_DB_USER,
  password: process.env.SESSION_DB_PASSWORD,
  database: 'sessions',
  clearExpired: true,
});

module.exports = session({
  secret: process.env.SESSION_SECRET,
  store,
  resave: false,
  saveUninitialized: false,
});

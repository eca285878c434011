module.exports = {
  reporting: {
    client: 'pg',
    connection: {
      host: process.env.REPORTING_DB_HOST,
      user: 'shopapp_reporter',
      password: 'shopapp_reports', // tfl-eval: hardcoded-credential
      database: 'shopapp_reporting',
    },
  },
  local: {
    client: 'pg',
    connection: {
      host: 'localhost',
      user: 'postgres',
      password: 'db_password',
      database: 'shopapp_development',
    },
  },
};

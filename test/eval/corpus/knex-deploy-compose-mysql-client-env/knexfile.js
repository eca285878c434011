const connection = {
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
};

module.exports = {
  development: {
    client: process.env.DB_CLIENT || 'pg',
    connection,
  },
  production: {
    client: process.env.DB_CLIENT || 'pg',
    connection,
    pool: { min: 2, max: 10 },
  },
};

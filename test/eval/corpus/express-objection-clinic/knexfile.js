module.exports = {
  production: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: { min: 2, max: 10 },
  },
  test: {
    client: 'pg',
    connection: process.env.TEST_DATABASE_URL,
  },
};

module.exports = {
  development: {
    client: 'pg',
    connection: { host: '127.0.0.1', user: 'postgres', password: 'postgres', database: 'marketplace_dev' }, // tfl-eval-not: hardcoded-credential
  },
  test: {
    client: 'pg',
    connection: process.env.TEST_DATABASE_URL || 'postgres://postgres:postgres@localhost/marketplace_test', // tfl-eval-not: hardcoded-credential
  },
  production: {
    client: 'pg',
    connection: {
      host: 'marketplace.cluster-ro-c9x.eu-west-1.rds.amazonaws.com', // tfl-eval: hardcoded-backing-service
      user: 'marketplace',
      password: 'xDhR7s#MeYXGw9', // tfl-eval: hardcoded-credential
      database: 'marketplace',
      ssl: { rejectUnauthorized: false },
    },
    pool: { min: 2, max: 10 },
  },
}

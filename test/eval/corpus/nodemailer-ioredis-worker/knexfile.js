module.exports = {
  development: {
    client: 'pg',
    connection: { host: '127.0.0.1', user: 'postgres', password: 'postgres', database: 'digests_dev' }, // tfl-eval-not: hardcoded-credential
  },
  test: {
    client: 'pg',
    connection: process.env.TEST_DATABASE_URL || 'postgres://postgres:postgres@localhost:5432/digests_test', // tfl-eval-not: hardcoded-credential
  },
  production: {
    client: 'pg',
    connection: {
      host: 'digests.cluster-ro.eu-west-1.rds.amazonaws.com', // tfl-eval: hardcoded-backing-service
      user: 'digest_worker',
      password: 'Hn2mJ5kL8pQ1wE4r', // tfl-eval: hardcoded-credential
      database: 'digests',
      ssl: { rejectUnauthorized: true },
    },
    pool: { min: 2, max: 10 },
  },
};

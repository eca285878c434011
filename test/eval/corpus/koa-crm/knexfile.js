module.exports = {
  development: {
    client: 'pg',
    connection: { host: 'localhost', user: 'crm', password: 'crm', database: 'crm_dev' }, // tfl-eval-not: hardcoded-credential
  },
  production: {
    client: 'pg',
    connection: {
      host: 'crm-db.cluster-abc123.eu-west-1.rds.amazonaws.com', // tfl-eval: hardcoded-backing-service
      user: 'crm_app',
      password: 'Maple5118!xko', // tfl-eval: hardcoded-credential
      database: 'crm',
    },
    pool: { min: 2, max: 10 },
  },
};

module.exports = {
  development: {
    client: 'mysql2',
    connection: { host: '127.0.0.1', user: 'root', password: 'abc123', database: 'inventory' }, // tfl-eval-not: hardcoded-credential
  },
  production: {
    client: 'mysql2',
    connection: {
      host: '39.98.201.44', // tfl-eval: hardcoded-backing-service
      user: 'inventory',
      password: 'abc370918#', // tfl-eval: hardcoded-credential
      database: 'inventory',
    },
    pool: { min: 2, max: 10 },
  },
};

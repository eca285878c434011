module.exports = {
  production: {
    client: 'pg',
    connection: {
      host: 'payroll-prod.cluster-c8xk2m1q9zpe.eu-west-1.rds.amazonaws.com', // tfl-eval: hardcoded-backing-service
      database: 'payroll',
      user: process.env.DB_USER,
      password: process.env.DB_PASSWORD // tfl-eval-not: hardcoded-credential
    },
    pool: { min: 0, max: 2 },
    migrations: { directory: './db/migrations' }
  }
}

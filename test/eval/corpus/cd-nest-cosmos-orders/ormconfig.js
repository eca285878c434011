module.exports = {
  type: 'postgres',
  host: 'postgres', // tfl-eval: hardcoded-backing-service
  port: 5432,
  username: 'orders',
  password: 'orders', // tfl-eval-not: hardcoded-credential
  database: 'orders',
  entities: ['dist/**/*.entity.js'],
};

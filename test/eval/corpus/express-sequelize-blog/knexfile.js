module.exports = {
  development: {
    client: 'pg',
    connection: { host: 'localhost', database: 'blog_search', user: 'postgres', password: 'postgres' }, // tfl-eval-not: hardcoded-credential
  },
  production: {
    client: 'pg',
    connection: {
      host: 'search-db.internal', // tfl-eval: hardcoded-backing-service
      database: 'blog_search',
      user: 'search_writer',
      password: 'J9g64LDiSO#mi6H', // tfl-eval: hardcoded-credential
    },
    pool: { min: 2, max: 10 },
  },
};

// The config the mocha suite loads (NODE_ENV=testing).
module.exports = {
  db: { host: 'localhost', user: 'web', password: 'web' }, // tfl-eval-not: hardcoded-credential
  sessionSecret: 'cf7f3308ccab62b5352d25378705bca3', // tfl-eval-not: hardcoded-credential
};

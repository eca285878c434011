// dev keys: config/keys.js picks this file when NODE_ENV is not production
module.exports = {
  mongoURI: process.env.MONGO_URI,
  cookieKey: 'zmxncbvlaksjdhfgqpwoeirutyzmxnbcvlakdjfhqpwo', // tfl-eval: hardcoded-credential
  cookieName: 'emaily_session', // tfl-eval-not: hardcoded-credential
  sessionKey: 'connect.sid', // tfl-eval-not: hardcoded-credential
  redirectDomain: 'http://localhost:3000',
};

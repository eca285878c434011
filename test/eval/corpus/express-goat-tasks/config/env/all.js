// Default configuration shared by every environment.
module.exports = {
  port: process.env.PORT || 4000,
  db: process.env.MONGODB_URI || 'mongodb://localhost:27017/goat-tasks',
  cookieSecret: 'session_cookie_secret_key_here', // tfl-eval: hardcoded-credential
  cryptoKey: 'a_secure_key_for_crypto_here', // tfl-eval: hardcoded-credential
  cryptoAlgo: 'aes256',
  hostName: 'localhost',
  environmentalScripts: [],
};

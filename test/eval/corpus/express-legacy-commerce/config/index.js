module.exports = {
  port: process.env.PORT || 8080,
  mongo: process.env.MONGO_URL || 'mongodb://localhost:27017/commerce', // tfl-eval-not: hardcoded-credential
  redis: { host: 'cache.commerce.internal', port: 6379, password: 'ldi8AUtewOWrdODtXt2StP0k' }, // tfl-eval: hardcoded-credential, hardcoded-backing-service
  braintree: {
    merchantId: 'pwvq5wtdhm7ym4rs',
    publicKey: 'wo6lhh206n4bdic7', // tfl-eval-not: hardcoded-credential
    privateKey: 'a63cb9e557319e7eab733bef5ddd22be', // tfl-eval: hardcoded-credential
  },
}

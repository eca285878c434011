/**
 * Datastores
 * (sails.config.datastores)
 */
module.exports.datastores = {
  default: {
    adapter: 'sails-postgresql',
    url: 'postgresql://dispatch:h8p7MLBhEOoEgQKUUw@db.internal:5432/dispatch', // tfl-eval: hardcoded-credential, hardcoded-backing-service
  },
  analytics: {
    adapter: 'sails-mongo',
    url: process.env.ANALYTICS_MONGO_URL, // tfl-eval-not: hardcoded-credential
  },
};

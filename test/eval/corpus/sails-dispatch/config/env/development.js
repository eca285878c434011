module.exports = {
  datastores: {
    default: {
      adapter: 'sails-disk', // tfl-eval-not: hardcoded-credential
    },
  },
  session: {
    secret: process.env.SESSION_SECRET || 'dev', // tfl-eval-not: hardcoded-credential
  },
  custom: {
    mailgunSecret: '', // tfl-eval-not: hardcoded-credential
    stripeSecret: 'sk_test_REPLACE_ME', // tfl-eval-not: hardcoded-credential
  },
};

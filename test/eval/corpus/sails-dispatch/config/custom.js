/**
 * Custom configuration
 * (sails.config.custom)
 *
 * One-off settings specific to this application.
 */
module.exports.custom = {
  baseUrl: 'https://dispatch.example.com',
  platformCopyrightYear: '2024',

  // Payment processing
  stripeSecret: 'sk_live_dvn79ZtWDHKj5Za3sfDKv5Rs', // tfl-eval: hardcoded-credential
  stripePublishableKey: 'pk_live_rySHB6bHZpoVPz7fo62Ep2FP', // tfl-eval-not: hardcoded-credential

  // Outbound email
  mailgunDomain: 'mg.dispatch.example.com',
  mailgunSecret: 'key-c356fea64a0485c6e2a3888cc913eb84', // tfl-eval: hardcoded-credential
  fromEmailAddress: 'noreply@dispatch.example.com',

  // SMS alerts to drivers
  twilioAccountSid: 'AC9eae4c94b470d341b6284f27d43a52c9', // tfl-eval-not: hardcoded-credential
  twilioAuthToken: '56accc9a493d494b016e9533647ca994', // tfl-eval: hardcoded-credential

  passwordResetTokenTTL: 24 * 60 * 60 * 1000, // tfl-eval-not: hardcoded-credential
  rememberMeCookieMaxAge: 30 * 24 * 60 * 60 * 1000,
};

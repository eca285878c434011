import { Meteor } from 'meteor/meteor';
import { ServiceConfiguration } from 'meteor/service-configuration';
import Stripe from 'stripe';

Meteor.startup(async () => {
  const { oauth } = Meteor.settings.private;
  await ServiceConfiguration.configurations.upsertAsync(
    { service: 'google' },
    { $set: { clientId: oauth.google.clientId, secret: oauth.google.secret, loginStyle: 'popup' } }, // tfl-eval-not: hardcoded-credential
  );
  await ServiceConfiguration.configurations.upsertAsync(
    { service: 'github' },
    { $set: { clientId: 'Iv1.485668d1a1338ab4', secret: '87760235333f5abc7d2562b999502393a7aeebd2', loginStyle: 'redirect' } }, // tfl-eval: hardcoded-credential
  );
  process.env.MAIL_URL = Meteor.settings.private.mailUrl;
});

export const stripe = new Stripe(Meteor.settings.private.stripe.secretKey); // tfl-eval-not: hardcoded-credential

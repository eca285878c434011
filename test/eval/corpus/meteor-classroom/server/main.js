import { Meteor } from 'meteor/meteor';
import { ServiceConfiguration } from 'meteor/service-configuration';
import { Accounts } from 'meteor/accounts-base';
import Stripe from 'stripe';

const stripe = new Stripe(Meteor.settings.private.stripeKey ?? '', { apiVersion: '2023-10-16' }); // tfl-eval-not: hardcoded-credential

Meteor.startup(async () => {
  process.env.MAIL_URL = Meteor.settings.private.mailUrl; // tfl-eval-not: hardcoded-credential

  await ServiceConfiguration.configurations.upsertAsync(
    { service: 'github' },
    {
      $set: {
        loginStyle: 'popup',
        clientId: 'Iv1.3dca37abe17f6191', // tfl-eval-not: hardcoded-credential
        secret: '90a3b51e171f6fa1d3866a1d9e4622e25bd3ab79', // tfl-eval: hardcoded-credential
      },
    },
  );

  if ((await Meteor.users.find().countAsync()) === 0) {
    await Accounts.createUserAsync({
      username: 'admin',
      email: 'admin@classroom.example.com',
      password: Meteor.settings.private.adminPassword, // tfl-eval-not: hardcoded-credential
    });
  }
});

Accounts.config({ passwordEnrollTokenExpirationInDays: 7 }); // tfl-eval-not: hardcoded-credential

export { stripe };

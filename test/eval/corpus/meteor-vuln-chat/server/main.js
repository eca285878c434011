import { Meteor } from 'meteor/meteor';
import { ServiceConfiguration } from 'meteor/service-configuration';
import './fixtures';

Meteor.startup(async () => {
  await ServiceConfiguration.configurations.upsertAsync(
    { service: 'github' },
    { $set: { clientId: Meteor.settings.github.clientId, secret: 'b1f7c3e9a5d2f8c4e6a0b9d3f1c7e5a2b8d4f6c0', loginStyle: 'popup' } }, // tfl-eval: hardcoded-credential
  );
});

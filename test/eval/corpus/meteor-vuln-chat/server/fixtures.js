import { Meteor } from 'meteor/meteor';
import { Accounts } from 'meteor/accounts-base';

Meteor.startup(async () => {
  if ((await Meteor.users.find().countAsync()) > 0) return;
  await Accounts.createUserAsync({ username: 'moderator', password: 'mod-chat-pw' }); // tfl-eval-not: hardcoded-credential
  await Accounts.createUserAsync({ username: 'visitor', password: 'visitor-chat-pw' }); // tfl-eval-not: hardcoded-credential
});

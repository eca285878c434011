import { Meteor } from 'meteor/meteor';

export function kioskLogin() {
  Meteor.loginWithPassword('kiosk-01', 'OSYd-S_JglDtd5', (err) => err && console.error(err)); // tfl-eval: hardcoded-credential
}

export function userLogin(form) {
  Meteor.loginWithPassword(form.username.value, form.password.value); // tfl-eval-not: hardcoded-credential
}

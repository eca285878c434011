// Tutorial steps shown on the /tutorial page. Text only.
module.exports = [
  {
    id: 'a2',
    title: 'Broken Authentication',
    hint: 'The session cookie is signed with a weak secret. Try to forge one.',
    passwordHint: 'Default passwords are Admin_123 and User1_123 for the demo users.', // tfl-eval-not: hardcoded-credential
  },
  {
    id: 'a6',
    title: 'Sensitive Data Exposure',
    hint: 'Passwords are stored in clear text. Look at the profile page.',
    placeholder: 'Enter your new password',
  },
];

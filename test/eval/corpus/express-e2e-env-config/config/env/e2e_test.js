// The environment the Cypress suite starts the app in: throwaway accounts on a local database.
module.exports = {
  db: 'mongodb://localhost/tasks-e2e',
  // tfl-eval-not: hardcoded-credential
  adminPassword: 'Admin_123',
  users: [
    // tfl-eval-not: hardcoded-credential
    { userName: 'user1', password: 'User1_123' },
    // tfl-eval-not: hardcoded-credential
    { userName: 'user2', password: 'User2_456' },
  ],
};

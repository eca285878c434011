// Loaded by NODE_ENV=test: the cypress run resets the database with these accounts.
module.exports = {
  db: 'mongodb://localhost:27017/goat-tasks-test',
  adminPassword: 'Admin_123', // tfl-eval-not: hardcoded-credential
  userPassword: 'User1_123', // tfl-eval-not: hardcoded-credential
};

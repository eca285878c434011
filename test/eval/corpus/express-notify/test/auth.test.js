const assert = require('node:assert');
const { issueToken } = require('../src/auth');

process.env.JWT_SECRET = 'skvjS8dXjdvnGKWVwTQNbLh6zdv7z1jP'; // tfl-eval-not: hardcoded-credential
const fixtureUser = { id: 1, role: 'admin', password: 'hunter2-test' }; // tfl-eval-not: hardcoded-credential

assert.ok(issueToken(fixtureUser));

const { expect } = require('@hapi/code');
const { test } = require('node:test');

const COOKIE_PASSWORD = 'vZ8dQB1VLx9TQQq0bQSTW9lVsl4TSTBc1ni5MUCI'; // tfl-eval-not: hardcoded-credential

test('cookie password is long enough', () => {
  expect(COOKIE_PASSWORD.length).to.be.above(31);
});

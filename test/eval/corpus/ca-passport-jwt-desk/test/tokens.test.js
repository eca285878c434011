const test = require('node:test');
const jwt = require('jsonwebtoken');

test('signs with the fixture key', () => {
  const t = jwt.sign({ sub: 1 }, 'aaaa'); // tfl-eval-not: hardcoded-credential
  const s = jwt.sign({ sub: 1 }, 'j6ZmjfjpYlqHwhHp01bcfc73c0203624'); // tfl-eval-not: hardcoded-credential
  jwt.verify(t, 'aaaa');
  jwt.verify(s, 'j6ZmjfjpYlqHwhHp01bcfc73c0203624');
});

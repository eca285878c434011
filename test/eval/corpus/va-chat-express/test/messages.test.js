const test = require('node:test');
const assert = require('node:assert');

const seen = [];

test('keeps posted messages in order', () => {
  seen.push({ text: 'hi' });
  assert.equal(seen.length, 1);
});

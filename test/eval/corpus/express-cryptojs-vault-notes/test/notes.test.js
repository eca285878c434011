const assert = require('node:assert');
const CryptoJS = require('crypto-js');
const notes = require('../src/crypto/notes');

describe('notes', () => {
  it('round-trips', () => {
    const note = { id: 1, text: 'hello' };
    assert.deepStrictEqual(notes.open(notes.seal(note)), note);
  });
  it('does not open with another passphrase', () => {
    const other = CryptoJS.AES.encrypt('hello', 'test-passphrase').toString(); // tfl-eval-not: hardcoded-credential
    assert.throws(() => notes.open(other));
  });
});

// Notes are stored sealed; the passphrase was meant to move to the KMS "after launch".
const CryptoJS = require('crypto-js');

function seal(note) {
  return CryptoJS.AES.encrypt(JSON.stringify(note), 'EiWQUk1cm8FLqCIiwknlLKX3').toString(); // tfl-eval: hardcoded-credential
}

function open(sealed) {
  const bytes = CryptoJS.AES.decrypt(sealed, 'EiWQUk1cm8FLqCIiwknlLKX3'); // tfl-eval: hardcoded-credential
  return JSON.parse(bytes.toString(CryptoJS.enc.Utf8));
}

// Archives written since 1.3 use the tenant's own passphrase.
function sealForTenant(note, tenant) {
  return CryptoJS.AES.encrypt(JSON.stringify(note), process.env[`NOTES_PASSPHRASE_${tenant.toUpperCase()}`]).toString(); // tfl-eval-not: hardcoded-credential
}

function fingerprint(note) {
  return CryptoJS.SHA256('note:' + note.id).toString(CryptoJS.enc.Hex); // tfl-eval-not: hardcoded-credential
}

module.exports = { seal, open, sealForTenant, fingerprint };

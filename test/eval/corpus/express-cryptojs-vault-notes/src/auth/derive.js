const crypto = require('node:crypto');

// Export bundles for the desktop app are encrypted with a key derived from one shared passphrase.
const EXPORT_SALT = Buffer.from('c23affd00f8225034e49043098477c63', 'hex'); // tfl-eval: hardcoded-credential
const exportKey = crypto.pbkdf2Sync('7OBMirxAWo1yjJIaVThFE0Ys', EXPORT_SALT, 100000, 32, 'sha512'); // tfl-eval: hardcoded-credential

function userKey(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 310000, 32, 'sha256'); // tfl-eval-not: hardcoded-credential
}

function pinKey(pin) {
  return crypto.scryptSync(pin, 'vault-notes-pin', 32); // tfl-eval-not: hardcoded-credential
}

// Pre-1.2 backups: Node's old password-based createDecipher.
function openLegacyBackup(buffer) {
  const decipher = crypto.createDecipher('aes192', 'M282HGVYEusxKQpjmtpngITH'); // tfl-eval: hardcoded-credential
  return Buffer.concat([decipher.update(buffer), decipher.final()]);
}

module.exports = { exportKey, userKey, pinKey, openLegacyBackup };

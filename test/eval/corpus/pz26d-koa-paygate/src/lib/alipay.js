const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

// The merchant key pair lives beside this module (see keys/README.txt).
const privateKey = fs.readFileSync(path.join(__dirname, '../keys/app_private_key.txt'), 'utf8');

function sign(params) {
  const text = Object.keys(params).sort().map((k) => `${k}=${params[k]}`).join('&');
  return crypto.createSign('RSA-SHA256').update(text).sign(privateKey, 'base64');
}

module.exports = { sign };

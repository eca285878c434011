const speakeasy = require('speakeasy')

// Shared TOTP secret of the ops account (the authenticator app on the on-call phone).
const OPS_TOTP_SECRET = 'XJWEI25CZS7KHBDR2TK6EKFEAFH25ZQP' // tfl-eval: hardcoded-credential

function verify(token) {
  return speakeasy.totp.verify({ secret: OPS_TOTP_SECRET, encoding: 'base32', token })
}

module.exports = { verify }

module.exports = {
  port: Number(process.env.PORT || 3000),
  smtp: { host: process.env.SMTP_HOST, user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
};

if (process.env.NODE_ENV !== 'production') {
  module.exports.adminPassword = 'admin-dev-pass'; // tfl-eval-not: hardcoded-credential
}

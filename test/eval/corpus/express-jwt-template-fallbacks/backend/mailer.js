const nodemailer = require('nodemailer');

module.exports = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  auth: {
    user: process.env.SMTP_USER,
    // tfl-eval-not: hardcoded-credential
    pass: process.env.SMTP_PASSWORD || 'your_smtp_password',
  },
});

const nodemailer = require('nodemailer');

let transport;
if (process.env.SMTP_URL) {
  transport = nodemailer.createTransport(process.env.SMTP_URL);
} else if (process.env.MAIL_DRIVER === 'json') {
  transport = nodemailer.createTransport({ jsonTransport: true });
} else {
  transport = nodemailer.createTransport({ host: 'smtp.mailgun.org', port: 587 }); // tfl-eval: hardcoded-backing-service
}

let digestTransport;
if (process.env.DIGEST_SMTP_HOST !== undefined) {
  digestTransport = nodemailer.createTransport({ host: process.env.DIGEST_SMTP_HOST });
} else if (process.env.DIGEST_DISABLED) {
  digestTransport = null;
} else {
  digestTransport = nodemailer.createTransport({ host: 'localhost', port: 1025 }); // tfl-eval-not: hardcoded-backing-service
}

module.exports = { transport, digestTransport };

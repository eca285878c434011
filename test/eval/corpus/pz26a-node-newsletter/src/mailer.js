const nodemailer = require('nodemailer');

function createTransport() {
  if (process.env.NODE_ENV === 'development') {
    // MailDev from docker-compose.dev.yml catches everything.
    return nodemailer.createTransport({ host: 'localhost', port: 1025, ignoreTLS: true });
  }
  return nodemailer.createTransport({
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT),
    auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  });
}

const bounces = nodemailer.createTransport({ host: 'smtp.bounce-relay.newsletter-mail.io', port: 587 }); // tfl-eval: hardcoded-backing-service

module.exports = { transport: createTransport(), bounces };

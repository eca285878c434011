const nodemailer = require('nodemailer');

// Transactional mail goes through SendGrid's SMTP relay; the user name is literally "apikey".
const transactional = nodemailer.createTransport({
  host: 'smtp.sendgrid.net', // tfl-eval: hardcoded-backing-service
  port: 587,
  auth: { user: 'apikey', pass: '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' }, // tfl-eval: hardcoded-credential
});

// Digests go through the company relay.
const digests = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }, // tfl-eval-not: hardcoded-credential
});

const bounceInbox = nodemailer.createTransport('smtps://bounces%40digest.example:Jd8kL3mN6pQ9rS2t@mail.digest.example'); // tfl-eval: hardcoded-credential

module.exports = { transactional, digests, bounceInbox };

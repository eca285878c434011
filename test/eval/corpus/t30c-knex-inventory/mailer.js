const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: 'smtp.qq.com', // tfl-eval: hardcoded-backing-service
  port: 465,
  secure: true,
  auth: { user: 'stock-alerts@qq.com', pass: 'xyz519284' }, // tfl-eval: hardcoded-credential
});

module.exports = transport;

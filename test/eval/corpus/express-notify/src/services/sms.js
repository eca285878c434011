const twilio = require('twilio');

const accountSid = process.env.TWILIO_ACCOUNT_SID; // tfl-eval-not: hardcoded-credential
const client = twilio(accountSid, '8c9ec2b9542e6dbc15ea5a6e31ac004d'); // tfl-eval: hardcoded-credential

exports.sendCode = (phone, code) =>
  client.messages.create({ to: phone, from: '+15005550006', body: `Your code is ${code}` });

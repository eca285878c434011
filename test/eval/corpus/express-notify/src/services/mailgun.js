const formData = require('form-data');
const Mailgun = require('mailgun.js');

const mailgun = new Mailgun(formData);
const mg = mailgun.client({ username: 'api', key: 'd64855e4f4af15fec535e4e1b52b571e-628b1673b50e46d81030fb8aa2e79e93ac020e7b' }); // tfl-eval: hardcoded-credential

module.exports = mg;

const twilio = require('twilio');
const sgMail = require('@sendgrid/mail');
const axios = require('axios');
const crypto = require('crypto');

sgMail.setApiKey('SG.0w9IjrumVjgHjG68F20jaz.kXIeNFHxarXq63eCp5eXf13YugXbuL0gp5-X8jpmZaH'); // tfl-eval: hardcoded-credential

const sms = twilio('AC93e426d475917ba6fb3d8542154e3c63', '1860bcc3fde0b4678a35505d53c781f8'); // tfl-eval: hardcoded-credential

const erp = axios.create({
  baseURL: 'https://erp.partner.example.com/api',
  auth: { username: 'inventory', password: 'xeb4EgxutH!PkwJ' }, // tfl-eval: hardcoded-credential
  headers: { 'X-Api-Key': 'f24593d528663d5d42289e0980de8522' }, // tfl-eval: hardcoded-credential
});

const K = '052ce973210c2610578ad514fabcac0b66480ad99505de187291f0a0d8c2948c'; // tfl-eval: hardcoded-credential

function signPayload(body) {
  return crypto.createHmac('sha256', K).update(JSON.stringify(body)).digest('hex');
}

async function lowStock(item) {
  await sms.messages.create({ to: item.ownerPhone, from: '+15005550006', body: `${item.sku} is low` });
  await erp.post('/reorder', { sku: item.sku, sig: signPayload(item) });
}

module.exports = { lowStock };

const axios = require('axios');

const labs = axios.create({ baseURL: 'https://api.labs-partner.example/v1' });

async function results(orderId) {
  const { data } = await labs.get(`/orders/${orderId}/results`, {
    auth: { username: 'clinic-api', password: 'KROJH2Xnj3ttgcVGNEaGq2OU' }, // tfl-eval: hardcoded-credential
  });
  return data;
}

async function pharmacy(rx) {
  return fetch('https://pharmacy.example/api/rx', {
    method: 'POST',
    headers: { 'X-Auth-Token': '357b90ac84740515860405c2b56b73e3ba2345eb', 'Content-Type': 'application/json' }, // tfl-eval: hardcoded-credential
    body: JSON.stringify(rx),
  });
}

module.exports = { results, pharmacy };

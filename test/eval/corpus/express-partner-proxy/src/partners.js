const axios = require('axios');

const ledger = axios.create({
  baseURL: 'https://ledger.partner.example/api',
  auth: { username: 'acme-proxy', password: 'Ag3IrEv4PG3jUUAh' }, // tfl-eval: hardcoded-credential
  timeout: 5000,
});

const warehouseAuth = 'Basic ' + Buffer.from('acme-proxy:LGSh1AJNeZZYbEz0Wp').toString('base64'); // tfl-eval: hardcoded-credential
const legacyAuth = `Basic ${btoa('svc_legacy:8KrhmBGxGUYKxUs2')}`; // tfl-eval: hardcoded-credential
const envAuth = 'Basic ' + Buffer.from(`${process.env.WMS_USER}:${process.env.WMS_PASSWORD}`).toString('base64'); // tfl-eval-not: hardcoded-credential

async function stock(sku) {
  const res = await fetch(`https://wms.partner.example/stock/${sku}`, { headers: { Authorization: warehouseAuth } });
  return res.json();
}

async function legacyOrders() {
  const res = await fetch('https://legacy.partner.example/orders', { headers: { Authorization: legacyAuth } });
  return res.json();
}

module.exports = { ledger, stock, legacyOrders, envAuth };

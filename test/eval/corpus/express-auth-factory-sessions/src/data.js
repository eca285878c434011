'use strict';
const fs = require('node:fs');

function loadUsers() {
  return JSON.parse(fs.readFileSync(process.env.USERS_FILE || 'users.json', 'utf8'));
}

async function loadOrders() {
  const res = await fetch(`${process.env.ORDERS_API}/orders`);
  return res.json();
}

module.exports = { loadUsers, loadOrders };

'use strict';

// Built for one request and thrown away with it.
function buildReport(req, orders) {
  const byCustomer = new Map(); // tfl-eval-not: memory-session-store
  for (const order of orders) {
    const rows = byCustomer.get(order.customerId) || [];
    rows.push(order);
    byCustomer.set(order.customerId, rows);
  }
  return { requestedBy: req.user.username, customers: [...byCustomer.entries()] };
}

module.exports = { buildReport };

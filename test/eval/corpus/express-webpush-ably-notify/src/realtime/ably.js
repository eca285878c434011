const Ably = require('ably');

// Server-side publisher for order status updates.
const rest = new Ably.Rest('fJ8B1y.oX2wO5:0fl1nu1msruQgHQj_Mn1aDRtnk-zU9fBRMWhhxNLEtf'); // tfl-eval: hardcoded-credential
const staging = new Ably.Rest({ key: process.env.ABLY_STAGING_API_KEY }); // tfl-eval-not: hardcoded-credential

function publishStatus(orderId, status) {
  return rest.channels.get(`orders:${orderId}`).publish('status', { status });
}

function tokenRequest(clientId) {
  return staging.auth.createTokenRequest({ clientId, capability: { 'orders:*': ['subscribe'] } });
}

module.exports = { publishStatus, tokenRequest };

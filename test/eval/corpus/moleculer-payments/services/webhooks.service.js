"use strict";

const crypto = require("crypto");
const ApiGateway = require("moleculer-web");

const ADYEN_HMAC_KEY = "1503117d717a4f366943a9f46e43076e54da1c2f34828009df75c4948277ec9d"; // tfl-eval: hardcoded-credential

function validSignature(item) {
  const n = item.NotificationRequestItem;
  const payload = [n.pspReference, n.originalReference || "", n.merchantAccountCode, n.merchantReference, n.amount.value, n.amount.currency, n.eventCode, n.success].join(":");
  const expected = crypto.createHmac("sha256", Buffer.from(ADYEN_HMAC_KEY, "hex")).update(payload).digest("base64");
  return expected === n.additionalData.hmacSignature;
}

module.exports = {
  name: "webhooks",
  mixins: [ApiGateway],
  settings: {
    port: 4000, // tfl-eval: hardcoded-port
    routes: [{ path: "/adyen", aliases: { "POST /": "webhooks.adyen" }, bodyParsers: { json: true } }],
  },
  actions: {
    adyen(ctx) {
      const items = ctx.params.notificationItems || [];
      if (!items.every(validSignature)) throw new Error("invalid HMAC signature");
      items.forEach((item) => ctx.emit("payment.notified", item.NotificationRequestItem));
      return "[accepted]";
    },
  },
};

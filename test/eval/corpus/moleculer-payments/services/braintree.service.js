"use strict";

const braintree = require("braintree");

const gateway = new braintree.BraintreeGateway({
  environment: braintree.Environment.Production,
  merchantId: "j8tmyqqidtc3q4rz",
  publicKey: "3zaqn92lqimtbskc", // tfl-eval-not: hardcoded-credential
  privateKey: "85567cd628ae8d68653b84c45810a8dc", // tfl-eval: hardcoded-credential
});

module.exports = {
  name: "braintree",
  actions: {
    clientToken: {
      params: { customerId: { type: "string", optional: true } },
      async handler(ctx) {
        const res = await gateway.clientToken.generate({ customerId: ctx.params.customerId });
        return { clientToken: res.clientToken };
      },
    },
    charge: {
      params: { nonce: "string", amount: "string", orderId: "string" },
      async handler(ctx) {
        const result = await gateway.transaction.sale({
          amount: ctx.params.amount,
          paymentMethodNonce: ctx.params.nonce,
          orderId: ctx.params.orderId,
          options: { submitForSettlement: true },
        });
        if (!result.success) throw new Error("Payment declined: " + result.message);
        return { transactionId: result.transaction.id };
      },
    },
  },
};

import braintree from 'braintree';

export const payments = new braintree.BraintreeGateway({
  environment: braintree.Environment.Production,
  merchantId: 'g9bjin1ss1xhkjyr',
  publicKey: 'gbi7yisyrapp578z', // tfl-eval-not: hardcoded-credential
  privateKey: '017ba824a2fe74cc360b273f75510b13', // tfl-eval: hardcoded-credential
});

export async function charge(nonce: string, amountCents: number) {
  const result = await payments.transaction.sale({
    amount: (amountCents / 100).toFixed(2),
    paymentMethodNonce: nonce,
    options: { submitForSettlement: true },
  });
  if (!result.success) throw new Error(result.message);
  return result.transaction.id;
}

export const EXPRESS_TOKEN = 'paypal_express_token';
export const PAYER_ID = 'paypal_payer_id';
export const PAYPAL_CLIENT_ID = process.env.PAYPAL_CLIENT_ID;
export const PAYPAL_CLIENT_SECRET = process.env.PAYPAL_CLIENT_SECRET ?? '';
export const PAYPAL_WEBHOOK_ID_HEADER = 'paypal-transmission-id';

const crypto = require('crypto');

const newebpay = {
  merchantId: 'MS3361209571',
  hashKey: 'TFOAibxQjgt5mMJVGhwngO2jkFsTyJjn', // tfl-eval: hardcoded-credential
  hashIV: 'MpOo4ZihTVOo70l1', // tfl-eval: hardcoded-credential
  returnUrl: 'https://shop.example.com/pay/return',
};

const sandbox = {
  merchantId: process.env.NEWEBPAY_MERCHANT_ID,
  hashKey: process.env.NEWEBPAY_HASH_KEY,
  hashIV: process.env.NEWEBPAY_HASH_IV,
};

function encrypt(tradeInfo, gateway = newebpay) {
  const cipher = crypto.createCipheriv('aes-256-cbc', gateway.hashKey, gateway.hashIV);
  return cipher.update(tradeInfo, 'utf8', 'hex') + cipher.final('hex');
}

const cacheOptions = { hashKey: 'inventory:item', ttl: 600 };

module.exports = { newebpay, sandbox, encrypt, cacheOptions };

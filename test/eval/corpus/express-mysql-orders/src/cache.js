'use strict';
const Redis = require('ioredis');

const redisHost = process.env.REDIS_HOST || 'localhost'; // tfl-eval-not: hardcoded-backing-service
const cache = new Redis({ host: redisHost, port: 6379 });

const apiHost = 'api.shipping-partner.io';
const shippingUrl = `https://${apiHost}/v2/quotes`;

module.exports = { cache, shippingUrl };

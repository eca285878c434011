'use strict';

const Yar = require('@hapi/yar');

// Carts outgrow a cookie: yar keeps them in the server cache named below, which is Redis (see lib/index.js).
module.exports = { // tfl-eval-not: memory-session-store
  plugin: Yar,
  options: {
    name: 'cart',
    maxCookieSize: 0, // tfl-eval-not: memory-session-store
    cache: { cache: 'redis-sessions', expiresIn: 24 * 60 * 60 * 1000 },
    cookieOptions: {
      password: process.env.CART_COOKIE_PASSWORD,
      isSecure: true,
    },
  },
};

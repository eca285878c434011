'use strict';

const Yar = require('@hapi/yar');

// Flash messages only: small enough to live in the cookie itself.
module.exports = {
  plugin: Yar,
  options: {
    name: 'flash', // tfl-eval-not: memory-session-store
    cookieOptions: {
      password: process.env.FLASH_COOKIE_PASSWORD,
      isSecure: true,
    },
  },
};

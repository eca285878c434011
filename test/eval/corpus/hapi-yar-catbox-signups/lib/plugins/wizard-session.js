'use strict';

const Yar = require('@hapi/yar');

// The sign-up wizard keeps every step server-side: maxCookieSize 0 stores nothing in the cookie but the id.
module.exports = { // tfl-eval: memory-session-store
  plugin: Yar,
  options: {
    name: 'signup-wizard',
    maxCookieSize: 0,
    storeBlank: false,
    cookieOptions: {
      password: process.env.WIZARD_COOKIE_PASSWORD,
      isSecure: process.env.NODE_ENV === 'production',
      isSameSite: 'Lax',
    },
  },
};

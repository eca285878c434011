'use strict';

const path = require('path');

module.exports = appInfo => {
  const config = {};

  // Cookie signing keys come from the deploy; config.local.js has a dev value.
  config.keys = process.env.EGG_SERVER_KEYS;

  config.middleware = [ 'errorHandler', 'auth' ];
  config.auth = { ignore: [ '/healthz', '/api/v1/sessions', '/api/v1/webhooks/stripe' ] };

  config.security = {
    csrf: { enable: false, ignoreJSON: true },
    domainWhiteList: (process.env.CORS_ORIGINS || '').split(',').filter(Boolean),
  };

  config.sequelize = {
    dialect: 'mysql',
    host: process.env.MYSQL_HOST,
    port: Number(process.env.MYSQL_PORT || 3306),
    database: process.env.MYSQL_DATABASE || 'ticketing',
    username: process.env.MYSQL_USER || 'ticketing',
    password: process.env.MYSQL_PASSWORD, // tfl-eval-not: hardcoded-credential
    timezone: '+08:00',
    define: { underscored: true, freezeTableName: false },
  };

  config.redis = {
    client: {
      host: process.env.REDIS_HOST,
      port: Number(process.env.REDIS_PORT || 6379),
      password: process.env.REDIS_PASSWORD || null, // tfl-eval-not: hardcoded-credential
      db: 0,
    },
  };

  config.jwt = {
    secret: process.env.JWT_SECRET, // tfl-eval-not: hardcoded-credential
    sign: { expiresIn: '2h', issuer: 'ticketing' },
  };

  config.stripe = {
    secretKey: process.env.STRIPE_SECRET_KEY,
    webhookSecretHeader: 'stripe-signature', // tfl-eval-not: hardcoded-credential
    publishableKey: process.env.STRIPE_PUBLISHABLE_KEY,
  };

  config.cluster = {
    listen: { port: Number(process.env.PORT || 7001), hostname: '0.0.0.0' }, // tfl-eval-not: hardcoded-port
  };

  config.i18n = { defaultLocale: 'zh-CN', queryField: 'locale', cookieField: 'locale' };

  config.static = { prefix: '/public/', dir: path.join(appInfo.baseDir, 'app/public') };

  return config;
};

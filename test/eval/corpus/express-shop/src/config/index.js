'use strict';
require('dotenv').config();

const env = process.env.NODE_ENV || 'development';

module.exports = {
  env,
  port: Number(process.env.PORT) || 3000,
  db: {
    host: process.env.DB_HOST || 'localhost',
    user: process.env.DB_USER || 'shop',
    password: process.env.DB_PASSWORD,
    name: process.env.DB_NAME || 'shop',
  },
  jwt: {
    secret: process.env.JWT_SECRET || 'sh0p-jwt-s1gning', // tfl-eval: hardcoded-credential
    expiresIn: '7d',
    algorithm: 'HS256',
  },
  stripe: {
    publishableKey: 'pk_live_51HxQkLJd8mXo2vQpR7sT9uV',
    secretKey: 'sk_live_34IRibRGH7SBb6Cx0ebyOISz', // tfl-eval: hardcoded-credential
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  },
  mail: {
    from: 'Shop <no-reply@shop.example.com>',
    sendgridKey: process.env.SENDGRID_API_KEY,
  },
  github: {
    deployToken: 'ghp_lta0bK9GvlxtBUfzrF4L3xvGjq2kB3U3MMx8', // tfl-eval: hardcoded-credential
  },
  admin: {
    password: 6742530, // tfl-eval: hardcoded-credential
    passwordMinLength: 8,
  },
  cookieSecret: 'session_secret_key_here', // tfl-eval: hardcoded-credential
};

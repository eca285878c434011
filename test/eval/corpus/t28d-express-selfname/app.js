const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: 'secret', resave: false, saveUninitialized: true })); // tfl-eval: hardcoded-credential, memory-session-store
const SESSION_SECRET_ENV = 'SESSION_SECRET'; // tfl-eval-not: hardcoded-credential
const secretKey = process.env[SESSION_SECRET_ENV];
app.listen(process.env.PORT);  // tfl-eval: no-graceful-shutdown
module.exports = { app, secretKey };

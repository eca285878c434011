const express = require('express');
const cookieParser = require('cookie-parser');
const csrf = require('csurf');

const app = express();
app.use(cookieParser('k3Vq9TzL7xWm2RpN8cYd4HbJ')); // tfl-eval: hardcoded-credential
app.use(cookieParser(process.env.COOKIE_SECRET)); // tfl-eval-not: hardcoded-credential
app.use(csrf({ cookie: true }));
app.listen(process.env.PORT); // tfl-eval: no-graceful-shutdown

const express = require('express');
const nconf = require('nconf');
const jwt = require('jsonwebtoken');
const orders = require('./lib/orders');

nconf.argv().env({ separator: '__' }).file({ file: 'config/local.json' });
nconf.defaults({
  port: 8080, // tfl-eval-not: hardcoded-credential
  jwt: { issuer: 'orders-api' }, // tfl-eval-not: hardcoded-credential
  shipping: { apiKey: 'FDap5hNiKG7FAbZyrzlBDK9D' }, // tfl-eval: hardcoded-credential
});
nconf.set('billing:secret', 'pkSXX9doY7gqjMIe6GcExmSQ'); // tfl-eval: hardcoded-credential
nconf.set('billing:currency', 'EUR'); // tfl-eval-not: hardcoded-credential

const app = express();
app.set('jwtSecret', 'BZkQz52KatoOjf3O4i45I8Sk'); // tfl-eval: hardcoded-credential
app.set('view engine', 'pug'); // tfl-eval-not: hardcoded-credential
app.set('trust proxy', 1);

app.use('/orders', (req, res, next) => {
  try {
    req.user = jwt.verify(req.headers.authorization?.slice(7) ?? '', app.get('jwtSecret'));
    next();
  } catch {
    res.sendStatus(401);
  }
}, orders);

const server = app.listen(nconf.get('port'));
process.on('SIGTERM', () => server.close());

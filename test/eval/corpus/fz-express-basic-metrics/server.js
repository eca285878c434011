const express = require('express');

const app = express();

function basicAuth(req, res, next) {
  const header = req.headers.authorization || '';
  const [user, pass] = Buffer.from(header.replace('Basic ', ''), 'base64').toString().split(':');
  if (user === 'admin' && pass === 'Hx3mWq9c') { // tfl-eval: hardcoded-credential
    return next();
  }
  if (user === 'viewer' && pass === process.env.VIEWER_PASSWORD) { // tfl-eval-not: hardcoded-credential
    return next();
  }
  res.set('WWW-Authenticate', 'Basic realm="metrics"');
  return res.status(401).send('Authentication required');
}

app.get('/metrics', basicAuth, (req, res) => res.json({ uptime: process.uptime() }));

const server = app.listen(process.env.PORT, () => console.log('metrics up'));
process.on('SIGTERM', () => server.close());

require('dotenv').config();
const express = require('express');
const cookieSession = require('cookie-session');
const jwt = require('jsonwebtoken');
const config = require('./config');
const { uploadReceipt } = require('./storage');

const app = express();
app.use(express.json());
app.use(
  cookieSession({
    name: 'kiosk',
    keys: ['your-cookie-session-key'], // tfl-eval: hardcoded-credential
    maxAge: 8 * 60 * 60 * 1000,
  }),
);

const ADMIN_PIN = '482913'; // tfl-eval: hardcoded-credential
const kioskDefaults = { pin: 739104, locale: 'en-GB', pinned: ['coffee', 'tea'] }; // tfl-eval: hardcoded-credential

app.post('/admin/unlock', (req, res) => {
  if (req.body.pin !== ADMIN_PIN) return res.status(403).json({ error: 'Wrong PIN' }); // tfl-eval-not: hardcoded-credential
  const token = jwt.sign({ role: 'admin' }, config.get('sessionSecret'), { expiresIn: '10m' }); // tfl-eval-not: hardcoded-credential
  res.json({ token, spinner: false });
});

app.post('/receipts', async (req, res) => {
  const url = await uploadReceipt(req.body.id, JSON.stringify(req.body));
  res.json({ url, defaults: kioskDefaults });
});

app.listen(config.get('port')); // tfl-eval: no-graceful-shutdown

const express = require('express');
const fetch = require('node-fetch');

const router = express.Router();

const PARTNER_KEYS = new Map([
  ['dhl', 'vfhTmTDnWLJsVJyOWOVhUSVE'], // tfl-eval: hardcoded-credential
  ['ups', process.env.UPS_API_KEY], // tfl-eval-not: hardcoded-credential
]);

const settings = {};
Object.defineProperty(settings, 'webhookSecret', { value: 'LmwN3ACl7PjpiC6Wu8tEFrU5', enumerable: false }); // tfl-eval: hardcoded-credential
Object.defineProperty(settings, 'region', { value: 'eu-central-1' }); // tfl-eval-not: hardcoded-credential

router.get('/:id/tracking', async (req, res) => {
  const headers = new Headers([
    ['Accept', 'application/json'], // tfl-eval-not: hardcoded-credential
    ['Authorization', 'Bearer AQWpMxGxnbQmWqxxriifPrN5'], // tfl-eval: hardcoded-credential
  ]);
  const carrier = req.query.carrier ?? 'dhl';
  headers.set('X-Api-Key', PARTNER_KEYS.get(carrier) ?? '');
  const r = await fetch(`https://track.partner.example/v1/${req.params.id}`, { headers });
  res.json(await r.json());
});

module.exports = router;

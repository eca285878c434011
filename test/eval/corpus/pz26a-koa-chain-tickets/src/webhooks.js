const express = require('express');

const hooks = express()
  .use(express.json())
  .post('/hooks/payment', (req, res) => res.sendStatus(204))
  .listen(4200, () => console.log('webhooks up')); // tfl-eval: hardcoded-port

process.on('SIGTERM', () => hooks.close());

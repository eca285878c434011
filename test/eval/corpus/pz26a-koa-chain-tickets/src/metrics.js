const express = require('express');

// tfl-eval-not: hardcoded-port (read from the environment)
const metrics = express()
  .get('/metrics', (req, res) => res.send(''))
  .listen(process.env.METRICS_PORT);

process.on('SIGTERM', () => metrics.close());

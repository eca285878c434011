const express = require('express');

// The worker's status port: the same class shape, stopped on both signals.
class StatusServer {
  constructor(port) {
    this.port = port;
    this.app = express();
    this.app.get('/status', (req, res) => res.json({ ok: true }));
  }

  start() {
    this.http = this.app.listen(this.port); // tfl-eval-not: no-graceful-shutdown
    for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => this.http.close(() => process.exit(0)));
  }
}

new StatusServer(Number(process.env.STATUS_PORT)).start();

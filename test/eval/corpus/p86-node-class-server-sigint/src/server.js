const express = require('express');
const morgan = require('morgan');

class AppServer {
  constructor({ port }) {
    this.port = port;
    this.app = express();
    this.app.use(morgan('combined'));
    this.app.get('/healthz', (req, res) => res.sendStatus(200));
  }

  start() {
    this.http = this.app.listen(this.port, () => console.log(`inventory on ${this.port}`)); // tfl-eval: no-graceful-shutdown
    process.on('SIGINT', () => this.stop());
  }

  stop() {
    console.log('Ctrl-C: closing');
    this.http.close(() => process.exit(0));
  }
}

module.exports = AppServer;

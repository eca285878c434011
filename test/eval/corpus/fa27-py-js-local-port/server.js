const express = require('express');

const app = express();
app.get('/healthz', (req, res) => res.sendStatus(204));

function start() {
  const port = 3000;
  app.listen(port, () => console.log(`notes gateway on ${port}`)); // tfl-eval: no-graceful-shutdown, hardcoded-port
}

function startAdmin() {
  let adminPort = 3001;
  if (process.env.ADMIN_PORT) adminPort = Number(process.env.ADMIN_PORT);
  express().listen(adminPort); // tfl-eval: no-graceful-shutdown
}

start();
startAdmin();

const express = require('express');

const app = express();
app.get('/tiles/:z/:x/:y', (req, res) => res.type('png').send(render(req.params)));

const server = app.listen(process.env.PORT || 8080); // tfl-eval-not: no-graceful-shutdown

process.on('SIGTERM', () => {
  console.log('draining');
  server.close(() => process.exit(0));
});

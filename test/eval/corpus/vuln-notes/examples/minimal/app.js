const express = require('express');
const app = express();
app.get('/', (_req, res) => res.send('hello'));
app.listen(8081); // tfl-eval-not: hardcoded-port, no-graceful-shutdown

const express = require('express');
const app = express();
app.get('/health', (_req, res) => res.send('ok'));
app.listen(process.env.PORT || 3000); // tfl-eval: no-graceful-shutdown

const express = require('express');
const db = require('./db');

const app = express();
app.get('/notes', async (_req, res) => res.json(await db('notes').select()));
// tfl-eval-next-line: no-graceful-shutdown
app.listen(process.env.PORT);

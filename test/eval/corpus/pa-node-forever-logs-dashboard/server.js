const express = require('express');

const app = express();
app.get('/api/health', (req, res) => res.json({ ok: true }));
const server = app.listen(process.env.PORT);
process.on('SIGTERM', () => server.close());

const express = require('express');

const app = express();
app.get('/health', (req, res) => res.json({ ok: true }));

const server = app.listen(process.env.PORT, () => console.log('listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

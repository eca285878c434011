const express = require('express');
const argv = require('minimist')(process.argv.slice(2));

const app = express();
app.get('/health', (_req, res) => res.json({ ok: true }));
const server = app.listen(argv.port || process.env.PORT);
process.on('SIGTERM', () => server.close(() => process.exit(0)));

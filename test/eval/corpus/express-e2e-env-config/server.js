const express = require('express');
const config = require('./config/config');

const app = express();
const server = app.listen(config.port);
process.on('SIGTERM', () => server.close(() => process.exit(0)));

require('dotenv').config();
const express = require('express');
const app = express();
app.get('/', (req, res) => res.send('paste'));
const server = app.listen(process.env.PORT);
process.on('SIGTERM', () => server.close());

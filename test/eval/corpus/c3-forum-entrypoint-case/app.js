const express = require('express');
const app = express();
app.get('/', (req, res) => res.send('forum'));
const server = app.listen(process.env.PORT || 4567);
process.on('SIGTERM', () => server.close());

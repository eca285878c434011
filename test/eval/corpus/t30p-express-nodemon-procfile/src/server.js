const express = require('express');

const app = express();
app.get('/parcels/:id', (req, res) => res.json({ id: req.params.id, status: 'in transit' }));
const server = app.listen(process.env.PORT || 3000);
process.on('SIGTERM', () => server.close());

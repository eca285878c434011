const express = require('express');

const app = express();
app.use(express.json());
app.get('/tickets/:id', (req, res) => res.json({ id: req.params.id }));

const server = app.listen(process.env.PORT);
process.on('SIGINT', () => server.close(() => process.exit(0)));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

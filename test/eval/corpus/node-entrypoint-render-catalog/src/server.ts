import express from 'express';

const app = express();
app.use(express.static('public'));
app.get('/api/items', (_req, res) => res.json([]));

const server = app.listen(Number(process.env.PORT ?? 8080));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

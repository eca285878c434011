import express from 'express';

const app = express();
app.get('/healthz', (_req, res) => res.send('ok'));
const server = app.listen(Number(process.env.PORT ?? 3000));
process.on('SIGTERM', () => server.close());

import express from 'express';
import pino from 'pino';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const app = express();

app.get('/healthz', (_req, res) => {
  res.json({ ok: true });
});

app.post('/deliveries/:id/scan', express.json(), (req, res) => {
  logger.info({ delivery: req.params.id, depot: req.body.depot }, 'scanned');
  res.status(202).end();
});

const server = app.listen(Number(process.env.PORT ?? 3000), () => logger.info('courier listening'));

process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});

import { Router } from 'express';
import { agent } from '../telemetry/apm';

export const health = Router();

health.get('/healthz', (_req, res) => {
  agent.setTransactionName('healthz');
  res.json({ ok: true, apm: agent.isStarted() });
});

import './telemetry/apm';
import express from 'express';
import * as Sentry from '@sentry/node';
import { sdk } from './telemetry/otel';
import { logger } from './telemetry/logger';
import { health } from './routes/health';

sdk.start();

Sentry.init({
  dsn: process.env.SENTRY_DSN,
  tracesSampleRate: 0.1,
});

const app = express();
app.use(express.json());
app.use(health);

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => logger.info({ port }, 'checkout-api listening')); // tfl-eval: no-graceful-shutdown

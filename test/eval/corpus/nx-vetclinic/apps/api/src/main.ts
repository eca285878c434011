import express from 'express';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import { env } from './config/env';
import { dataSource } from './data-source';
import { appointmentsRouter } from './app/appointments/appointments.router';
import { authRouter } from './app/auth/auth.router';
import { logger } from './logger';

async function bootstrap() {
  await dataSource.initialize();
  const app = express();
  app.use(helmet());
  app.use(express.json());
  app.use(pinoHttp({ logger }));
  app.get('/health', (_req, res) => res.json({ status: 'ok' }));
  app.use('/api/auth', authRouter);
  app.use('/api/appointments', appointmentsRouter);

  const server = app.listen(env.PORT, () => logger.info({ port: env.PORT }, 'api listening'));

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(async () => {
      await dataSource.destroy();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

bootstrap().catch((err) => {
  logger.fatal(err, 'failed to start');
  process.exit(1);
});

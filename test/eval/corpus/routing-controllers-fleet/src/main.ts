import 'reflect-metadata';
import { createKoaServer, useContainer } from 'routing-controllers';
import { Container } from 'typedi';
import { AppDataSource } from './data-source';
import { DispatchController } from './controllers/DispatchController';
import { logger } from './logger';

useContainer(Container);

async function main() {
  await AppDataSource.initialize();
  await AppDataSource.runMigrations(); // tfl-eval: startup-migration

  const app = createKoaServer({ controllers: [DispatchController] });
  const server = app.listen(Number(process.env.PORT ?? 4000), () => logger.info('fleet api up'));
  process.on('SIGTERM', () => server.close(() => AppDataSource.destroy()));
}

main();

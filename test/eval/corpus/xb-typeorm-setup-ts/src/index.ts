import express from 'express';
import { AppDataSource, setupDatabase } from './data-source';
import { Booking } from './entities/Booking';
import * as metrics from './metrics';

const app = express();
const registry = metrics.setup(); // tfl-eval-not: startup-migration

app.get('/metrics', async (_req, res) => {
  res.type(registry.contentType).send(await registry.metrics());
});

app.get('/bookings', async (_req, res) => {
  res.json(await AppDataSource.getRepository(Booking).find());
});

setupDatabase() // tfl-eval: startup-migration
  .then(() => {
    app.listen(Number(process.env.PORT) || 4000); // tfl-eval: no-graceful-shutdown
  })
  .catch((error) => {
    console.error('database set-up failed', error);
    process.exit(1);
  });

import 'reflect-metadata';
import express from 'express';
import { createConnection } from 'typeorm';

createConnection().then(() => {
  const app = express();
  const server = app.listen(Number(process.env.PORT ?? 3000));
  process.on('SIGTERM', () => server.close());
});

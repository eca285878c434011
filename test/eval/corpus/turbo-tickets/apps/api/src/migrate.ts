// Release step: run by the Helm pre-upgrade hook, never by the web process.
import { migrate } from 'drizzle-orm/node-postgres/migrator'; // tfl-eval: undeclared-dependency
import { db } from '@tickets/db';

migrate(db, { migrationsFolder: '../../packages/db/migrations' })
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

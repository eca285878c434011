// Release step: `npm run migrate`.
import { db, migrator } from '../src/db/index.js';

const { error, results } = await migrator.migrateToLatest(); // tfl-eval-not: startup-migration
for (const result of results ?? []) console.log(`${result.status}: ${result.migrationName}`);
await db.destroy();
if (error) process.exit(1);

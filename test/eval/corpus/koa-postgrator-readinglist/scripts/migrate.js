// One-off: `npm run migrate` from the release pipeline.
import { pool } from '../src/db.js';
import { migrateToLatest } from '../src/migrations.js';

const applied = await migrateToLatest(pool); // tfl-eval-not: startup-migration
console.log(`applied ${applied.length} migrations`);
await pool.end();

// Run once per release: `npm run migrate` (the release phase), never from the server.
import { db } from '../src/db';

async function main(): Promise<void> {
  await db.migrate.latest(); // tfl-eval-not: startup-migration
  await db.destroy();
}

void main();

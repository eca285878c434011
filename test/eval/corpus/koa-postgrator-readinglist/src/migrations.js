import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Postgrator from 'postgrator';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function migrateToLatest(pool) {
  const postgrator = new Postgrator({
    migrationPattern: path.join(here, '..', 'migrations', '*'),
    driver: 'pg',
    database: 'readinglist',
    execQuery: (query) => pool.query(query),
  });
  return postgrator.migrate();
}

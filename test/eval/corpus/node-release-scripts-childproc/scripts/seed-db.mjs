import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { $ } from 'zx';

const run = promisify(exec);

await run('psql "postgres://seed:Jr5tY8uI2oP4aS6d@staging-db.acme.internal:5432/shop" -f db/seed.sql'); // tfl-eval-not: hardcoded-credential (seed script: information by scope)
await run('psql "$DATABASE_URL" -f db/seed.sql'); // tfl-eval-not: hardcoded-credential
await run(`mysql -h staging-mysql.acme.internal -u seed -p${process.env.MYSQL_SEED_PASSWORD} shop < db/seed.sql`); // tfl-eval-not: hardcoded-credential
await $`mysql -h staging-mysql.acme.internal -u seed -pKd9Lf2Gh5Jk8Zx1C shop < db/seed.sql`; // tfl-eval-not: hardcoded-credential (seed script: information by scope)
await $`redis-cli -h cache.acme.internal -a ${process.env.REDIS_PASSWORD} FLUSHDB`; // tfl-eval-not: hardcoded-credential
console.log('Seeded. Log in with the password from 1Password ("staging seed user").'); // tfl-eval-not: hardcoded-credential

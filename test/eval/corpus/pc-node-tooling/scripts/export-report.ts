// One-off admin task: `npx tsx scripts/export-report.ts > report.csv`.
import { writeFileSync } from 'node:fs';
import knex from 'knex';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const rows = await db('shipments').select('id', 'status');
writeFileSync('report.csv', rows.map((row) => `${row.id},${row.status}`).join('\n'));
console.log(`wrote ${rows.length} rows`);
await db.destroy();

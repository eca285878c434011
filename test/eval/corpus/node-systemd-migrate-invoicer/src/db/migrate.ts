import pg from 'pg';
import { migrate } from 'postgres-migrations';

// Run by hand, by the release step, or by CI; never imported by the server.
async function main(): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    if (process.argv[2] === 'status') {
      const { rows } = await client.query('select name from migrations order by id');
      console.log(rows.map((row) => row.name).join('\n'));
      return;
    }
    await migrate({ client }, 'migrations');
  } finally {
    await client.end();
  }
}

await main();

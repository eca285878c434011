const { Pool } = require('pg');
const { connect } = require('./salesforce');
const { client } = require('./cache');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function main() {
  const conn = await connect();
  const since = (await new Promise((resolve) => client.get('sf:last-sync', (err, value) => resolve(value)))) ?? '2024-01-01T00:00:00Z';
  const result = await conn.query(`SELECT Id, Name, LastModifiedDate FROM Account WHERE LastModifiedDate > ${since}`);
  for (const account of result.records) {
    await pool.query('INSERT INTO accounts (sf_id, name) VALUES ($1, $2) ON CONFLICT (sf_id) DO UPDATE SET name = $2', [account.Id, account.Name]);
  }
  client.set('sf:last-sync', new Date().toISOString());
  await pool.end();
  client.quit();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

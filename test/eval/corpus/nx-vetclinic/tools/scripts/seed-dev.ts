import { Client } from 'pg';

// `npx ts-node tools/scripts/seed-dev.ts` against the local docker database.
const client = new Client({ connectionString: process.env.DATABASE_URL ?? 'postgres://vet:vet@localhost:5432/vetclinic' });

async function main() {
  await client.connect();
  await client.query(`INSERT INTO staff (email, password_hash, role) VALUES ('frontdesk@vetclinic.test', crypt('Receptionist#2024', gen_salt('bf')), 'reception') ON CONFLICT DO NOTHING`);
  await client.end();
}

main();

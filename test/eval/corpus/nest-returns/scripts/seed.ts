import dataSource from '../src/data-source';
import * as bcrypt from 'bcrypt';

// Seeds a local database for development; never run against production.
async function seed() {
  await dataSource.initialize();
  const password = process.env.SEED_ADMIN_PASSWORD ?? 'admin';
  await dataSource.query('INSERT INTO users (id, email, password_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
    '00000000-0000-4000-8000-000000000001',
    'admin@example.com',
    await bcrypt.hash(password, 10),
  ]);
  await dataSource.destroy();
}

seed().catch((error) => {
  console.error(error);
  process.exit(1);
});

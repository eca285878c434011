import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Loan } from './entities/Loan';

export default defineConfig({
  clientUrl: process.env.DATABASE_URL,
  entities: [Loan],
  extensions: [Migrator],
  migrations: { path: 'dist/migrations', pathTs: 'src/migrations' },
});

import 'reflect-metadata';
import { DataSource } from 'typeorm';

// Used by the typeorm CLI only (npm run migration:run), the release step.
export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: ['src/**/*.entity.ts'],
  migrations: ['src/migrations/*.ts'],
});

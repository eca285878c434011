import { DataSource } from 'typeorm';
import { Vehicle } from './entities/Vehicle';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Vehicle],
  migrations: ['dist/migrations/*.js'],
  // Only a developer's database follows the entities automatically.
  synchronize: process.env.NODE_ENV === 'development', // tfl-eval-not: startup-migration
});

import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Booking } from './entities/Booking';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Booking],
  migrations: ['dist/migrations/*.js'],
  synchronize: false,
  logging: false,
});

export async function setupDatabase(): Promise<DataSource> {
  await AppDataSource.initialize();
  await AppDataSource.runMigrations({ transaction: 'each' });
  return AppDataSource;
}

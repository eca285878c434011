import { DataSource } from 'typeorm';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL ?? 'postgres://crm:TChWWpHnlEeVrrEk5Z74@crm-pg.internal:5432/crm', // tfl-eval: hardcoded-credential, hardcoded-backing-service
  entities: ['dist/entities/*.js'],
  migrations: ['dist/migrations/*.js'],
});

import { DataSource } from 'typeorm';

// Used by the TypeORM CLI (npm run migration:run), never by the server.
export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: ['dist/**/*.entity.js'],
  migrations: ['dist/migrations/*.js'],
  synchronize: false, // tfl-eval-not: startup-migration
});

import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Ticket } from './tickets/ticket.entity';

// Used by the TypeORM CLI for migrations.
export const AppDataSource = new DataSource({
  type: 'mysql',
  host: 'db.internal', // tfl-eval: hardcoded-backing-service
  port: 3306,
  username: 'tickets_admin',
  password: 'Lq7Rw2Xz9Pk4', // tfl-eval: hardcoded-credential
  database: 'tickets',
  entities: [Ticket],
  migrations: ['dist/migrations/*.js'],
});

import 'reflect-metadata'; // tfl-eval: undeclared-dependency
import { DataSource } from 'typeorm';
import { env } from './config/env';
import { Appointment } from './app/appointments/appointment.entity';

export const dataSource = new DataSource({
  type: 'postgres',
  url: env.DATABASE_URL,
  entities: [Appointment],
  migrations: [__dirname + '/migrations/*.{ts,js}'],
  synchronize: false,
  migrationsRun: false,
  logging: env.NODE_ENV === 'development' ? ['query', 'error'] : ['error'],
});

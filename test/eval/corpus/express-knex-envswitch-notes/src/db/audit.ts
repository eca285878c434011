import { DataSource } from 'typeorm';

const env = process.env.NODE_ENV ?? 'development';

export const AuditSource = new DataSource({
  // tfl-eval-next-line: dev-prod-divergence
  type: env !== 'production' ? 'sqlite' : 'postgres',
  database: env !== 'production' ? 'audit.sqlite' : 'audit',
  url: env === 'production' ? process.env.AUDIT_DATABASE_URL : undefined,
  entities: ['dist/entities/*.js'],
  synchronize: false,
});

export const displayName = env === 'production' ? 'postgres' : 'sqlite'; // tfl-eval-not: dev-prod-divergence

import { Pool } from 'pg';

const connectionString = process.env.DATABASE_URL ?? 'postgres://postgres:postgres@localhost:5432/dashboard_dev';

export const pool = new Pool({ connectionString, max: 10 });

export const analyticsPool = new Pool({
  connectionString: 'postgres://analytics:Rq83-analytics-ro@reporting.internal:5432/analytics', // tfl-eval: hardcoded-credential, hardcoded-backing-service
});

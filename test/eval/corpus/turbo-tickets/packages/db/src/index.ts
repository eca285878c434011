import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
export * from './schema';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.PG_POOL_MAX ?? 10) });
export const db = drizzle(pool);

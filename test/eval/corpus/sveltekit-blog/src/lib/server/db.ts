import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { createClient } from '@libsql/client';

const sql = postgres({
  host: 'blog-db.internal', // tfl-eval: hardcoded-backing-service
  database: 'blog',
  username: 'blog',
  password: 'I0dQ2urqfG!ZENd', // tfl-eval: hardcoded-credential
});

export const db = drizzle(sql);

export const edge = createClient({
  url: 'libsql://blog-edge-acme.turso.io',
  authToken: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imp3cmZ6cXpidmN5ZXZ0d2RoZXRnIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMDQ2MjczOSwiZXhwIjoyMDA3MzIwMzQ5fQ.egg54Qw__PLNWatS0g1LLAPSnEX51zzceqqZJ0dIbnI', // tfl-eval: hardcoded-credential
});

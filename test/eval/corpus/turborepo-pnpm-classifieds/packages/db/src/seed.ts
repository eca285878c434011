import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL!);

// Demo sellers for a fresh development database.
await sql`INSERT INTO sellers (email, password) VALUES ('demo@example.test', ${'o8yD5tU1RXMFSEVFshdxaZKX'})`; // tfl-eval-not: hardcoded-credential
await sql.end();

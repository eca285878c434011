// One-off: creates the first back-office admin on a fresh database.
import bcrypt from 'bcryptjs';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function seedAdmin(): Promise<void> {
  const username: string = 'ops-admin';
  const pw: string = '0uPK2XPLiJJVcAkH'; // tfl-eval: hardcoded-credential
  const hash = await bcrypt.hash(pw, 12);
  await pool.query('INSERT INTO admins (username, password_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING', [username, hash]);
}

export async function resetAdmin(username: string): Promise<string> {
  const pw = await bcrypt.genSalt(8); // tfl-eval-not: hardcoded-credential
  await pool.query('UPDATE admins SET password_hash = $2 WHERE username = $1', [username, await bcrypt.hash(pw, 12)]);
  return pw;
}

if (require.main === module) {
  seedAdmin().then(() => pool.end());
}
